package dev.herald.articles.fulltext;

import dev.herald.threads.DaemonThreads;
import dev.herald.articles.IngestReport;
import dev.herald.feeds.PageFetcher;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.FullTextMode;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages behind teasers. {@link #plan} decides, for every new or edited article, whether its feed text is
 * a teaser and stores the decision (a teaser waits for its page); {@link #fetchWaiting} then fetches waiting pages,
 * oldest first, within the poll's budget of pages and seconds: robots.txt obeyed, one request at a time per site and
 * {@code perHostDelay} apart (longer when robots.txt asks), several sites at once. A page that is the article and
 * says more than the feed replaces the article's text ({@link ArticleStore#updateText}); any other outcome keeps the
 * feed text, with its reason. A page is fetched once per article; again only when the feed edits the item.
 * Transient failures (timeouts, 5xx, an unreachable robots.txt) are retried in later polls, {@link #MAX_ATTEMPTS} in
 * all. Calls are serialised by the pipeline (or its background page worker); the per-site workers inside one call
 * run in parallel. {@link #close()} stops a call in progress: requests in flight are cancelled and their pages stay
 * waiting, with no attempt counted.
 */
public final class FullTextFetcher implements AutoCloseable {
  static final int MAX_ATTEMPTS = 3;
  /** A feed is known to give only teasers once this many of its items were judged, nearly all of them teasers. */
  static final int TEASER_ONLY_MIN_ITEMS = 10;
  private static final Logger log = LoggerFactory.getLogger(FullTextFetcher.class);

  private final ArticleStore articles;
  private final ArticleTextStore texts;
  private final PageReader reader;
  private final Function<FeedSource, PageFetcher> fetchers;
  private final Function<String, Optional<FeedSource>> feeds;
  private final Clock clock;
  private final TeaserRule rule;
  private final SiteFetcher sites;
  private final int pagesPerPoll;
  private final Duration secondsPerPoll;
  private final ExecutorService workers;
  /** Every page fetcher handed out, so that closing can cancel their requests in flight. */
  private final Set<PageFetcher> used = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  private FullTextFetcher(Builder b) {
    this.articles = b.articles;
    this.texts = b.texts;
    this.reader = b.reader;
    this.fetchers = b.fetchers;
    this.feeds = b.feeds;
    this.clock = b.clock;
    this.rule = new TeaserRule(b.enabled, b.teaserWords);
    Function<FeedSource, PageFetcher> tracked = feed -> {
      PageFetcher f = b.fetchers.apply(feed);
      used.add(f);
      return f;
    };
    this.sites = new SiteFetcher(b.articles, b.texts, b.reader, tracked, b.clock,
        new HostPacer(b.clock, b.sleeper), new RobotsRules(b.clock), b.perHostDelay, () -> stopped);
    this.pagesPerPoll = b.pagesPerPoll;
    this.secondsPerPoll = b.timePerPoll;
    this.workers = Executors.newFixedThreadPool(b.threads, DaemonThreads.named("herald-pages"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides which text each new or edited article of these reports uses: its feed text (stored with the reason) or
   * its page's (stored as waiting). An edited article is decided afresh, so its page is read again.
   *
   * @return how many articles got each decision
   */
  public Map<TextReason, Integer> plan(List<IngestReport> reports) {
    Map<TextReason, Integer> decided = new EnumMap<>(TextReason.class);
    Map<String, Map<TextReason, Integer>> byFeed = null;
    Instant now = clock.instant();
    for (IngestReport r : reports) {
      if (r.added().isEmpty() && r.updated().isEmpty()) continue;
      FeedSource feed = feeds.apply(r.feedId()).orElse(null);
      FullTextMode mode = feed == null ? FullTextMode.AUTO : feed.fullText();
      if (byFeed == null) byFeed = texts.countsByFeed();
      boolean teaserOnly = teaserOnly(byFeed.getOrDefault(r.feedId(), Map.of()));
      List<Article> all = new ArrayList<>(r.added());
      all.addAll(r.updated());
      for (Article a : all) {
        Optional<TextReason> keep = rule.decide(a, mode, r.cutShort().contains(a.id()), teaserOnly);
        TextReason reason = keep.orElse(TextReason.WAITING);
        texts.save(TextChoice.feed(a.id(), a.feedId(), reason, "", now));
        decided.merge(reason, 1, Integer::sum);
      }
    }
    return decided;
  }

  /** Nearly every judged item of the feed was a teaser (at most one in ten full). */
  private static boolean teaserOnly(Map<TextReason, Integer> counts) {
    int full = counts.getOrDefault(TextReason.FULL_IN_FEED, 0);
    int judged = 0;
    for (Map.Entry<TextReason, Integer> e : counts.entrySet()) {
      if (e.getKey() != TextReason.SWITCHED_OFF && e.getKey() != TextReason.NO_LINK) judged += e.getValue();
    }
    return judged >= TEASER_ONLY_MIN_ITEMS && full * 10 <= judged;
  }

  /**
   * Fetches waiting pages, oldest first, at most the poll's budget of pages and time; what is left waits for the
   * next poll. Never throws for a page problem.
   */
  public FullTextReport fetchWaiting() {
    if (stopped) return FullTextReport.NONE;
    List<String> ids = texts.waiting(pagesPerPoll);
    if (ids.isEmpty()) return FullTextReport.NONE;
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.findAll(ids).forEach(a -> byId.put(a.id(), a));
    Map<String, TextChoice> choices = texts.findAll(ids);
    Map<String, List<SiteFetcher.Job>> bySite = new LinkedHashMap<>();
    for (String id : ids) {
      Article a = byId.get(id);
      TextChoice c = choices.get(id);
      if (a == null || c == null) continue;
      Optional<URI> url = uri(a.url());
      if (url.isEmpty()) {
        texts.save(TextChoice.feed(id, a.feedId(), TextReason.NO_LINK, "not a usable URL", clock.instant()));
        continue;
      }
      FeedSource feed = feeds.apply(a.feedId()).orElse(null);
      bySite.computeIfAbsent(RobotsRules.site(url.get()), s -> new ArrayList<>())
          .add(new SiteFetcher.Job(a, c, feed, url.get()));
    }
    Instant deadline = clock.instant().plus(secondsPerPoll);
    List<Future<List<SiteFetcher.Outcome>>> pending = new ArrayList<>();
    try {
      for (List<SiteFetcher.Job> site : bySite.values()) pending.add(workers.submit(() -> sites.fetch(site, deadline)));
    } catch (RejectedExecutionException e) {
      // closed meanwhile: what was not handed out stays waiting
    }
    List<SiteFetcher.Outcome> outcomes = new ArrayList<>();
    for (Future<List<SiteFetcher.Outcome>> f : pending) {
      try {
        outcomes.addAll(f.get());
      } catch (ExecutionException | CancellationException e) {
        if (!stopped) log.error("page fetching failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return report(outcomes);
  }

  private FullTextReport report(List<SiteFetcher.Outcome> outcomes) {
    Map<TextReason, Integer> decided = new EnumMap<>(TextReason.class);
    List<String> changed = new ArrayList<>();
    int requests = 0;
    for (SiteFetcher.Outcome o : outcomes) {
      if (o.requested()) requests++;
      decided.merge(o.reason(), 1, Integer::sum);
      if (o.reason() == TextReason.PAGE) changed.add(o.articleId());
    }
    int waiting = texts.waiting(Integer.MAX_VALUE).size();
    Collections.sort(changed);
    return new FullTextReport(requests, decided, changed, waiting);
  }

  private static Optional<URI> uri(String url) {
    try {
      URI u = new URI(url);
      return u.getHost() == null ? Optional.empty() : Optional.of(u);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Stops: requests in flight are cancelled, pacing waits interrupted, and a {@link #fetchWaiting} in progress
   * returns what it finished (the rest stays waiting). Waits briefly for the site workers to end.
   */
  @Override
  public void close() {
    stopped = true;
    for (PageFetcher f : used) f.cancelAll();
    // sites not started yet: cancelled, so that a fetchWaiting in progress does not wait for them
    for (Runnable never : workers.shutdownNow()) if (never instanceof Future<?> f) f.cancel(false);
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) log.warn("article page workers still running after 10 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Parts and settings of a {@link FullTextFetcher}; {@link #build()} checks that every part was given. */
  public static final class Builder {
    private ArticleStore articles;
    private ArticleTextStore texts;
    private PageReader reader;
    private Function<FeedSource, PageFetcher> fetchers;
    private Function<String, Optional<FeedSource>> feeds = id -> Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private boolean enabled = true;
    private int teaserWords = 70;
    private int pagesPerPoll = 40;
    private Duration timePerPoll = Duration.ofSeconds(60);
    private Duration perHostDelay = Duration.ofSeconds(2);
    private int threads = 4;

    private Builder() {}

    public Builder articles(ArticleStore s) {
      this.articles = s;
      return this;
    }

    public Builder texts(ArticleTextStore s) {
      this.texts = s;
      return this;
    }

    /** The extractor. */
    public Builder reader(PageReader r) {
      this.reader = r;
      return this;
    }

    /** The fetcher for a feed's pages (an http feed's over HTTP; a file feed's from a local directory). */
    public Builder fetchers(Function<FeedSource, PageFetcher> f) {
      this.fetchers = f;
      return this;
    }

    /** The feed of a feed id (its {@code full_text} setting and where its pages come from). */
    public Builder feeds(Function<String, Optional<FeedSource>> f) {
      this.feeds = f;
      return this;
    }

    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    public Builder sleeper(Sleeper s) {
      this.sleeper = s;
      return this;
    }

    /** Config {@code full_text.enabled}: false keeps every feed text. */
    public Builder enabled(boolean on) {
      this.enabled = on;
      return this;
    }

    public Builder teaserWords(int n) {
      this.teaserWords = n;
      return this;
    }

    public Builder pagesPerPoll(int n) {
      this.pagesPerPoll = n;
      return this;
    }

    public Builder timePerPoll(Duration d) {
      this.timePerPoll = d;
      return this;
    }

    public Builder perHostDelay(Duration d) {
      this.perHostDelay = d;
      return this;
    }

    /** Sites fetched at once (each site one request at a time). */
    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    public FullTextFetcher build() {
      Objects.requireNonNull(articles, "articles == null");
      Objects.requireNonNull(texts, "texts == null");
      Objects.requireNonNull(reader, "reader == null");
      Objects.requireNonNull(fetchers, "fetchers == null");
      Objects.requireNonNull(feeds, "feeds == null");
      Objects.requireNonNull(clock, "clock == null");
      Objects.requireNonNull(sleeper, "sleeper == null");
      Objects.requireNonNull(timePerPoll, "timePerPoll == null");
      Objects.requireNonNull(perHostDelay, "perHostDelay == null");
      if (teaserWords < 0) throw new IllegalStateException("teaserWords must not be negative.");
      if (pagesPerPoll < 0) throw new IllegalStateException("pagesPerPoll must not be negative.");
      if (threads < 1) throw new IllegalStateException("threads must be at least 1.");
      return new FullTextFetcher(this);
    }
  }
}
