package dev.herald.articles;

import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.TextChoice;
import dev.herald.store.ArticleFingerprintStore;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stage 2's entry for one feed's parsed items: clean them, deduplicate, link syndicated copies across outlets, store
 * new and edited articles, and say which new ones may alert.
 *
 * <p>Alerts: the first read of a feed stores its items and makes none alertable (no flood when a feed is added);
 * later, a new item is alertable unless its date is older than {@code alertMaxAge}. An item without a date is new to
 * Herald, so it is alertable after the first read. Edited items are updated, never re-added. Store failures ({@code
 * StoreException}) propagate. Calls for different feeds may run concurrently; calls for one feed must not.
 */
public final class ArticleIntake implements ArticleStage {
  private final ArticleStore articles;
  private final Duration alertMaxAge;
  private final int maxItems;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final ArticleIdentity identity;
  private final SyndicationLinker linker;
  /** The feed's own text of an article whose page text replaced it (full article text); empty otherwise. */
  private final Function<String, Optional<String>> feedTextAside;
  /** The site name a feed's article pages give, once a page was read: the outlet of an unnamed feed. */
  private final Function<String, Optional<String>> siteNames;

  /**
   * @param texts where full article text keeps the feed's own text of articles whose page text replaced it, so that
   *     an item counts as edited only when the feed's text changed (empty: articles only ever hold feed text)
   * @param alertMaxAge items older than this are stored but never alertable
   * @param maxItems the first this-many items of a feed are read per fetch (feeds list newest first)
   */
  public ArticleIntake(ArticleStore articles, ArticleFingerprintStore fingerprints, Optional<ArticleTextStore> texts,
      Duration alertMaxAge, int maxItems) {
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.alertMaxAge = Objects.requireNonNull(alertMaxAge, "alertMaxAge == null");
    if (maxItems < 1) throw new IllegalArgumentException("maxItems must be at least 1.");
    this.maxItems = maxItems;
    this.identity = new ArticleIdentity(articles);
    this.linker = new SyndicationLinker(articles, Objects.requireNonNull(fingerprints, "fingerprints == null"));
    this.feedTextAside = texts.<Function<String, Optional<String>>>map(
        t -> id -> t.find(id).filter(TextChoice::usesPage).map(TextChoice::feedText)).orElse(id -> Optional.empty());
    this.siteNames = texts.<Function<String, Optional<String>>>map(t -> t::siteName).orElse(feedId -> Optional.empty());
  }

  @Override
  public IngestReport store(FeedSource feed, ParsedFeed parsed, boolean firstRead, Instant now) {
    List<Article> added = new ArrayList<>();
    List<Article> updated = new ArrayList<>();
    Set<String> alertable = new HashSet<>();
    Set<String> cutShort = new HashSet<>();
    List<RawItem> items = parsed.items();
    if (items.size() > maxItems) items = items.subList(0, maxItems);
    String feedText = ArticleCleaner.title(parsed.description()) + " " + ArticleCleaner.title(parsed.rights());
    String feedTitle = ArticleCleaner.title(parsed.title());
    String siteName = null; // looked up once, for the first new item
    for (RawItem raw : items) {
      CleanItem item = cleaner.clean(raw, now);
      if (item.isEmpty()) continue;
      // an untitled item is known by its text, or every untitled item of a feed would share one key
      String titleKey = TitleKey.of(feed.id(), item.title().isBlank() ? item.text() : item.title());
      ArticleIdentity.Match match = identity.resolve(feed.id(), item, titleKey);
      if (match instanceof ArticleIdentity.Same same) {
        // compare with what the feed said last time, not with the page text that may have replaced it
        Article stored = same.article();
        Article asFed = feedTextAside.apply(stored.id()).map(stored::withText).orElse(stored);
        Article merged = merge(asFed, item);
        if (!merged.equals(asFed)) {
          articles.save(merged, titleKey);
          linker.remember(merged);
          updated.add(merged);
          if (item.cutShort()) cutShort.add(merged.id());
        }
      } else if (match instanceof ArticleIdentity.New n) {
        if (siteName == null) siteName = feed.name().isBlank() ? siteNames.apply(feed.id()).orElse("") : "";
        String outlet = OutletNames.of(feed.name(), siteName, feedTitle, feedText,
            List.of(parsed.link(), feed.url().toString(), item.url()));
        Article a = article(n.id(), feed, outlet, item, now);
        Optional<String> original = linker.originalOf(a);
        if (original.isPresent()) a = a.withNearDuplicateOf(original.get());
        articles.save(a, titleKey);
        linker.remember(a);
        added.add(a);
        if (item.cutShort()) cutShort.add(a.id());
        boolean recent = item.dateEstimated() || !item.published().isBefore(now.minus(alertMaxAge));
        if (!firstRead && recent) alertable.add(a.id());
      }
    }
    return new IngestReport(feed.id(), added, updated, alertable, Optional.empty(), cutShort);
  }

  private static Article article(String id, FeedSource feed, String outlet, CleanItem i, Instant now) {
    return new Article(id, feed.id(), outlet, i.title(), i.url(), i.canonicalUrl(), i.guid(), i.published(),
        i.dateEstimated(), now, i.description(), i.text(), i.imageUrl(), "");
  }

  /** The stored article with the item's current content; an estimated date never moves a stored one. */
  private static Article merge(Article old, CleanItem i) {
    Instant published = i.dateEstimated() ? old.published() : i.published();
    boolean estimated = i.dateEstimated() && old.dateEstimated();
    String title = i.title().isBlank() && i.text().isBlank() && i.description().isBlank() ? old.title() : i.title();
    return new Article(old.id(), old.feedId(), old.outlet(), title, i.url().isEmpty() ? old.url() : i.url(),
        i.canonicalUrl().isEmpty() ? old.canonicalUrl() : i.canonicalUrl(), i.guid().isEmpty() ? old.guid() : i.guid(),
        published, estimated, old.fetchedAt(), i.description(), i.text(), i.imageUrl(), old.nearDuplicateOf());
  }
}
