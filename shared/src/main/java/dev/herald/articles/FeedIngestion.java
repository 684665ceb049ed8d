package dev.herald.articles;

import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FeedBackoff;
import dev.herald.feeds.FeedFetcher;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FetchResult;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import dev.herald.feeds.Reasons;
import dev.herald.feeds.RetryLaterException;
import dev.herald.feeds.Validators;
import dev.herald.model.Article;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.store.ArticleFingerprintStore;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import dev.herald.model.TextChoice;
import dev.herald.store.FeedHealthStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link FeedIngestor}: fetch (conditional), parse, clean, deduplicate, link syndicated copies, store,
 * and keep the feed's health (backoff, disabling, validators).
 *
 * <p>Alerts: the first successful read of a feed stores its items and makes none alertable (no flood when a feed is
 * added); later, a new item is alertable unless its date is older than {@code alertMaxAge}. An item without a date
 * is new to Herald, so it is alertable after the first read. Edited items are updated, never re-added.
 *
 * <p>Never throws for a problem with the feed: the report carries a one-line reason. A feed that is disabled or backing
 * off is not fetched (use {@link #ingest(FeedSource, boolean)} with {@code force} for a manual check). Store failures
 * ({@code StoreException}) are not the feed's fault and propagate. Thread-safe: different feeds are ingested
 * concurrently, and two calls for the same feed run one after the other.
 */
public final class FeedIngestion implements FeedIngestor {
  private static final Logger log = LoggerFactory.getLogger(FeedIngestion.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final FeedFetcher fetcher;
  private final FeedParser parser;
  private final ArticleStore articles;
  private final FeedHealthStore health;
  private final Clock clock;
  private final FeedBackoff backoff;
  private final Duration alertMaxAge;
  private final int maxItems;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final ArticleIdentity identity;
  private final SyndicationLinker linker;
  /** The feed's own text of an article whose page text replaced it (full article text); empty otherwise. */
  private final Function<String, Optional<String>> feedTextAside;
  /** The site name a feed's article pages give, once a page was read: the outlet of an unnamed feed. */
  private final Function<String, Optional<String>> siteNames;
  /** One ingestion per feed at a time: a second caller for the same feed waits for the first. */
  private final ConcurrentHashMap<String, ReentrantLock> feedLocks = new ConcurrentHashMap<>();

  private FeedIngestion(Builder b) {
    this.fetcher = b.fetcher;
    this.parser = b.parser;
    this.articles = b.articles;
    this.health = b.health;
    this.clock = b.clock;
    this.backoff = new FeedBackoff(b.maxConsecutiveFailures);
    this.alertMaxAge = b.alertMaxAge;
    this.maxItems = b.maxItems;
    this.identity = new ArticleIdentity(b.articles);
    this.linker = new SyndicationLinker(b.articles, b.fingerprints);
    this.feedTextAside = b.texts == null ? id -> Optional.empty()
        : id -> b.texts.find(id).filter(TextChoice::usesPage).map(TextChoice::feedText);
    this.siteNames = b.texts == null ? feedId -> Optional.empty() : b.texts::siteName;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public IngestReport ingest(FeedSource feed) {
    return ingest(feed, false);
  }

  /** As {@link #ingest(FeedSource)}; with {@code force}, a disabled or backing-off feed is fetched anyway. */
  public IngestReport ingest(FeedSource feed, boolean force) {
    ReentrantLock lock = feedLocks.computeIfAbsent(feed.id(), id -> new ReentrantLock());
    lock.lock();
    try {
      return ingestLocked(feed, force);
    } finally {
      lock.unlock();
    }
  }

  private IngestReport ingestLocked(FeedSource feed, boolean force) {
    FeedHealth h = health.find(feed.id()).orElse(FeedHealth.fresh(feed.id()));
    Instant now = clock.instant();
    if (!force && h.disabled()) return IngestReport.failed(feed.id(), h.lastError());
    if (!force && !FeedBackoff.isDue(h, now)) {
      return IngestReport.failed(feed.id(), "backing off until " + WHEN.format(h.nextAttemptAt().orElseThrow())
          + " after " + h.consecutiveFailures() + " failure(s): " + h.lastError());
    }
    ParsedFeed parsed;
    Validators validators;
    try {
      FetchResult result = fetcher.fetch(feed, new Validators(h.etag(), h.lastModified()));
      if (result instanceof FetchResult.NotModified) {
        health.save(backoff.notModified(h, now));
        return new IngestReport(feed.id(), List.of(), List.of(), Set.of(), Optional.empty());
      }
      FetchResult.Fetched fetched = (FetchResult.Fetched) result;
      parsed = parser.parse(fetched.body(), fetched.charset(), fetched.finalUri());
      validators = fetched.validators();
    } catch (IOException e) {
      // a workspace's admins see the health of their own feeds: network-level failures stay generic for them
      String reason = feed.scope().isInstance() ? Reasons.describe(e) : Reasons.forWorkspace(e);
      if (!feed.scope().isInstance()) log.info("workspace feed {}: {}", feed.id(), Reasons.describe(e));
      Duration retryAfter = e instanceof RetryLaterException r ? r.retryAfter() : Duration.ZERO;
      health.save(backoff.failed(h, now, reason, feed.pollInterval(), retryAfter));
      return IngestReport.failed(feed.id(), reason);
    } catch (RuntimeException e) {
      log.warn("feed {}: unexpected failure while reading it", feed.id(), e);
      String reason = "could not read the feed (" + e.getClass().getSimpleName() + ")";
      health.save(backoff.failed(h, now, reason, feed.pollInterval(), Duration.ZERO));
      return IngestReport.failed(feed.id(), reason);
    }
    IngestReport report = store(feed, parsed, h.neverRead(), now);
    health.save(backoff.succeeded(h, now, validators, parsed.items().size()));
    return report;
  }

  private IngestReport store(FeedSource feed, ParsedFeed parsed, boolean firstRead, Instant now) {
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

  /** Parts and settings of a {@link FeedIngestion}; {@link #build()} checks that every part was given. */
  public static final class Builder {
    private FeedFetcher fetcher;
    private FeedParser parser = new FeedParser();
    private ArticleStore articles;
    private ArticleFingerprintStore fingerprints;
    private FeedHealthStore health;
    private Clock clock = Clock.systemUTC();
    private int maxConsecutiveFailures = HeraldConfig.Fetch.DEFAULT_MAX_CONSECUTIVE_FAILURES;
    private Duration alertMaxAge = Duration.ofHours(24);
    private int maxItems = 1_000;
    private ArticleTextStore texts;

    private Builder() {}

    /**
     * Where full article text keeps the feed's own text of articles whose page text replaced it, so that an item
     * counts as edited only when the feed's text changed (optional: without it, articles only ever hold feed text).
     */
    public Builder texts(ArticleTextStore s) {
      this.texts = s;
      return this;
    }

    public Builder fetcher(FeedFetcher f) {
      this.fetcher = f;
      return this;
    }

    /** Defaults to a parser with the default size cap. */
    public Builder parser(FeedParser p) {
      this.parser = p;
      return this;
    }

    public Builder articles(ArticleStore s) {
      this.articles = s;
      return this;
    }

    public Builder fingerprints(ArticleFingerprintStore s) {
      this.fingerprints = s;
      return this;
    }

    public Builder health(FeedHealthStore s) {
      this.health = s;
      return this;
    }

    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /** Failures in a row before a feed is disabled (config {@code fetch.max_consecutive_failures}). */
    public Builder maxConsecutiveFailures(int n) {
      this.maxConsecutiveFailures = n;
      return this;
    }

    /** Items older than this are stored but never alertable (config {@code fetch.alert_max_age_hours}). */
    public Builder alertMaxAge(Duration d) {
      this.alertMaxAge = d;
      return this;
    }

    /** The first this-many items of a feed are read per fetch (feeds list newest first). */
    public Builder maxItems(int n) {
      this.maxItems = n;
      return this;
    }

    public FeedIngestion build() {
      Objects.requireNonNull(fetcher, "fetcher == null");
      Objects.requireNonNull(parser, "parser == null");
      Objects.requireNonNull(articles, "articles == null");
      Objects.requireNonNull(fingerprints, "fingerprints == null");
      Objects.requireNonNull(health, "health == null");
      Objects.requireNonNull(clock, "clock == null");
      Objects.requireNonNull(alertMaxAge, "alertMaxAge == null");
      if (maxConsecutiveFailures < 1) throw new IllegalStateException("maxConsecutiveFailures must be at least 1.");
      if (maxItems < 1) throw new IllegalStateException("maxItems must be at least 1.");
      return new FeedIngestion(this);
    }
  }
}
