package dev.herald.pipeline;

import dev.herald.threads.DaemonThreads;
import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.articles.fulltext.FullTextReport;
import dev.herald.digest.StoryWriter;
import dev.herald.feeds.FeedReader;
import dev.herald.feeds.FeedStage;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.RunLeaseStore;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One run of the core, calling the stages in order: read every due feed (stage 1, concurrently; one bad feed never
 * stops the others) and store its items (stage 2; only then is the read recorded, so that items that could not be
 * stored are fetched again), file the new articles into stories in publication order (stage 3), then write and check
 * the summaries of every story that changed (stage 4).
 *
 * <p>Article pages (full text) are read within each run by default, after the items are stored and before new
 * articles are filed, so that the offline commands ({@code demo}, {@code digest}) are deterministic. The long-running
 * service calls {@link #readPagesInBackground} instead: then a run only decides which articles wait for their page,
 * files and summarises them from their feed text and wakes a {@link PageWorker}, which reads the pages on a thread of
 * its own and hands the texts that arrived back to {@link #textsArrived}, so that a slow site never delays polling or
 * delivery. Either way, a text that changes after its article was filed re-summarises its story as a new version.
 *
 * <p>Runs are serialised: {@link #run} is synchronized, so the poller and a manual refresh never interleave. When
 * several instances share one database, build it with a {@link RunLeaseStore}: then at most one instance runs at a
 * time (a run that finds another instance running is skipped and reports nothing), and a run that follows another
 * instance's first reloads the tracker from the store, so that no instance files articles against a stale index.
 */
public final class Pipeline implements AutoCloseable {
  /** The lease ({@link RunLeaseStore}) an instance holds while it polls the feeds and runs the stages. */
  public static final String LEASE = SharedRuns.LEASE;
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final FeedStage feeds;
  private final ArticleStage articles;
  /** One feed through stages 1 and 2 at a time: a feed listed twice is read once after the other. */
  private final Map<String, ReentrantLock> feedLocks = new java.util.concurrent.ConcurrentHashMap<>();
  private final StoryTracker tracker;
  private final StoryWriter writer;
  private final Stores stores;
  private final Clock clock;
  private final ExecutorService fetchers;
  /** Null when this instance is the database's only one. */
  private final SharedRuns shared;
  /** Null when article pages are never read. */
  private final FullTextFetcher fullText;
  /** Null when this instance is the database's only one. */
  private final RunLeaseStore leases;
  private final String owner;
  /** Null while pages are read within each run. */
  private PageWorker worker;
  /** Articles whose page arrived while another instance held the lease: their stories wait for the next run. */
  private final Set<String> textsPending = new LinkedHashSet<>();
  /** Alertable stories that got no summary yet (teasers failing the check): alertable once one is written. */
  private final Set<Long> awaitingSummary = new LinkedHashSet<>();

  /**
   * A pipeline for an instance that has its database to itself.
   *
   * @param fetchThreads how many feeds are fetched at once (per-host limits apply inside the fetcher)
   */
  public Pipeline(FeedStage feeds, ArticleStage articles, StoryTracker tracker, StoryWriter writer, Stores stores,
      Clock clock, int fetchThreads) {
    this(feeds, articles, tracker, writer, stores, clock, fetchThreads, null, null, null);
  }

  /**
   * A pipeline for one of several instances sharing a database. Build it after the tracker has loaded the store.
   *
   * @param leases the shared database's leases
   * @param owner this instance's unique name in the lease
   */
  public Pipeline(FeedStage feeds, ArticleStage articles, StoryTracker tracker, StoryWriter writer, Stores stores,
      Clock clock, int fetchThreads, RunLeaseStore leases, String owner) {
    this(feeds, articles, tracker, writer, stores, clock, fetchThreads, leases, owner, null);
  }

  /**
   * A pipeline that also reads the pages behind teasers: after the feeds are read and their items stored, the
   * waiting pages are fetched within the poll's budget, so that new articles are clustered and summarised from their
   * full text; a page that arrives in a later run re-summarises its story. {@link #readPagesInBackground} moves the
   * fetching out of the run, onto a worker of its own.
   *
   * @param leases null when this instance is the database's only one
   * @param fullText null when pages are never read
   */
  public Pipeline(FeedStage feeds, ArticleStage articles, StoryTracker tracker, StoryWriter writer, Stores stores,
      Clock clock, int fetchThreads, RunLeaseStore leases, String owner, FullTextFetcher fullText) {
    this.fullText = fullText;
    this.leases = leases;
    this.owner = owner;
    this.shared = leases == null ? null : new SharedRuns(leases, Objects.requireNonNull(owner, "owner == null"),
        clock);
    this.feeds = Objects.requireNonNull(feeds, "feeds == null");
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.tracker = tracker;
    this.writer = writer;
    this.stores = stores;
    this.clock = clock;
    this.fetchers = Executors.newFixedThreadPool(fetchThreads, DaemonThreads.named("herald-fetch"));
  }

  public synchronized RunReport run(List<FeedSource> feeds) {
    return underLease(() -> runNow(feeds), () -> {
      log.info("pipeline run skipped: another Herald instance is running it");
      Instant now = clock.instant();
      return new RunReport(now, now, List.of(), List.of(), Set.of(), List.of(), Set.of());
    });
  }

  /**
   * Reads article pages on a background worker from now on, instead of within each run: a run stores the items,
   * decides which wait for their page, files and summarises them from their feed text and wakes the worker; the
   * worker fetches the waiting pages (the per-poll budget, one request at a time per site) and the stories of the
   * texts that arrived are summarised again ({@link #textsArrived}); {@code listener} then hears what that did (for
   * living-story edits and alerts). For the long-running service; does nothing when pages are never read.
   *
   * @return the worker, to close before delivery stops (closing the pipeline closes it too)
   */
  public synchronized AutoCloseable readPagesInBackground(Consumer<RunReport> listener) {
    Objects.requireNonNull(listener, "listener == null");
    if (fullText == null) return () -> {};
    if (worker == null) {
      SharedRuns pageLease = leases == null ? null : new SharedRuns(leases, SharedRuns.PAGES_LEASE, owner, clock);
      worker = new PageWorker(fullText, this::textsArrived, listener, pageLease, clock);
    }
    return worker;
  }

  /**
   * Re-summarises the stories of the articles whose page text arrived after they were filed ({@code
   * pages.textChanged()}), each as a new story version when its current one was already summarised. Serialised with
   * runs; with several instances under the same lease, and when another instance holds it the stories wait for this
   * instance's next run.
   */
  synchronized RunReport textsArrived(FullTextReport pages) {
    Instant started = clock.instant();
    Changed none = new Changed(Map.of(), Set.of(), Map.of());
    if (pages.textChanged().isEmpty()) return summarised(started, List.of(), List.of(), Set.of(), none, pages);
    return underLease(
        () -> summarised(started, List.of(), List.of(), Set.of(), revised(pages.textChanged(), Map.of()), pages),
        () -> {
          textsPending.addAll(pages.textChanged());
          return summarised(started, List.of(), List.of(), Set.of(), none, pages);
        });
  }

  /** Runs {@code work} under the shared lease (reloading the tracker after another instance's run), or skips. */
  private RunReport underLease(Supplier<RunReport> work, Supplier<RunReport> skipped) {
    if (shared == null) return work.get();
    Optional<Boolean> othersRan = shared.begin();
    if (othersRan.isEmpty()) return skipped.get();
    try {
      if (othersRan.get()) log.info("another instance ran the pipeline: {} live stories reloaded", tracker.reload());
      return work.get();
    } finally {
      shared.end();
    }
  }

  private RunReport runNow(List<FeedSource> feeds) {
    Instant started = clock.instant();
    List<IngestReport> reports = ingest(feeds);
    FullTextReport pages = FullTextReport.NONE;
    if (fullText != null) {
      fullText.plan(reports);
      // read within the run (offline): new articles are filed with their page's text; else the worker reads them
      if (worker == null) pages = fullText.fetchWaiting();
    }
    Set<String> newText = new HashSet<>(pages.textChanged());

    List<Article> added = new ArrayList<>();
    Set<String> alertableArticles = new HashSet<>();
    for (IngestReport r : reports) {
      for (Article a : r.added()) {
        // the page's text arrived in this run: file the article with it
        added.add(newText.remove(a.id()) ? stores.articles().find(a.id()).orElse(a) : a);
      }
      alertableArticles.addAll(r.alertable());
      r.problem().ifPresent(p -> log.warn("feed {}: {}", r.feedId(), p));
    }
    added.sort(Comparator.comparing(Article::published).thenComparing(Article::id));

    List<StoryUpdate> updates = new ArrayList<>();
    Set<Long> alertable = new HashSet<>();
    Map<Long, Story> changed = new LinkedHashMap<>();
    for (Article a : added) {
      StoryUpdate u = tracker.track(a);
      updates.add(u);
      changed.put(u.story().id(), u.story());
      if (alertableArticles.contains(a.id())) alertable.add(u.story().id());
    }
    // an edited article, a page that arrived for an article filed earlier: the story's text changed
    List<String> textChanged = new ArrayList<>(newText);
    for (IngestReport r : reports) for (Article a : r.updated()) textChanged.add(a.id());
    textChanged.addAll(textsPending);
    textsPending.clear();
    RunReport report = summarised(started, reports, updates, alertable, revised(textChanged, changed), pages);
    log.info("pipeline run: {}", report.describe());
    if (worker != null) worker.wake();
    return report;
  }

  /**
   * The stories to summarise.
   *
   * @param revised the stories that changed only in their articles' texts and became a new version for it
   * @param texts per story, its articles whose text changed
   */
  private record Changed(Map<Long, Story> stories, Set<Long> revised, Map<Long, Set<String>> texts) {}

  /**
   * {@code changed} with the stories of the articles whose text changed added. A story whose current version is
   * already summarised becomes a new version (same articles), so that its new summary reaches the cards showing the
   * old one; a story that grew in this run is summarised at its new version anyway.
   */
  private Changed revised(List<String> textChanged, Map<Long, Story> changed) {
    Map<Long, Story> out = new LinkedHashMap<>(changed);
    Set<Long> revised = new HashSet<>();
    Map<Long, Set<String>> texts = new HashMap<>();
    Instant now = clock.instant();
    for (String id : textChanged) {
      Optional<Story> found = stores.stories().storyOf(id)
          .flatMap(sid -> stores.stories().find(stores.stories().resolve(sid)));
      if (found.isEmpty()) continue;
      texts.computeIfAbsent(found.get().id(), k -> new HashSet<>()).add(id);
      if (out.containsKey(found.get().id())) continue;
      Story s = found.get();
      if (stores.summaries().latestVersion(s.id()) >= s.version()) {
        s = stores.stories().revise(s.id(), now);
        revised.add(s.id());
      }
      out.put(s.id(), s);
    }
    return new Changed(out, revised, texts);
  }

  /** Writes the summaries of the {@code changed} stories and reports the run. */
  private RunReport summarised(Instant started, List<IngestReport> reports, List<StoryUpdate> updates,
      Set<Long> alertable, Changed changed, FullTextReport pages) {
    List<StorySummary> summaries = new ArrayList<>();
    Set<Long> failed = new HashSet<>();
    Set<Long> alerts = new HashSet<>(alertable);
    for (Story s : changed.stories().values()) {
      // the tracker may have merged or grown the story since; summarise what is stored now
      Optional<Story> current = stores.stories().find(stores.stories().resolve(s.id()));
      if (current.isEmpty()) continue;
      long id = current.get().id();
      Optional<StorySummary> before =
          changed.revised().contains(id) ? stores.summaries().latest(id) : Optional.empty();
      Set<String> texts = changed.texts().getOrDefault(s.id(), Set.of());
      Optional<StorySummary> written = texts.isEmpty() ? writer.write(current.get())
          : writer.write(current.get(), texts);
      if (written.isEmpty()) {
        failed.add(id);
        if (alertable.contains(s.id()) || alertable.contains(id)) awaitSummary(id);
      } else if (before.isPresent() && sameContent(before.get(), written.get())) {
        log.debug("story {} v{}: the new text changed nothing in its summary", id, written.get().storyVersion());
      } else {
        summaries.add(written.get());
        // a story that was alertable when it had no summary is alertable now that it has one
        if (awaitingSummary.remove(id)) alerts.add(id);
      }
    }
    RunReport report = new RunReport(started, clock.instant(), reports, updates, alerts, summaries, failed, pages);
    if (!failed.isEmpty()) {
      // one line for the run, not one per story: a first read of real feeds can leave hundreds unsummarised
      log.warn("{} of {} changed stories have no new summary (each keeps its previous one, if any);"
          + " HERALD_LOG_LEVEL=DEBUG names them and why", failed.size(), changed.stories().size());
    }
    return report;
  }

  private void awaitSummary(long storyId) {
    awaitingSummary.add(storyId);
    // bounded: a story that never gets a summary is forgotten after 10,000 newer ones
    if (awaitingSummary.size() > 10_000) awaitingSummary.remove(awaitingSummary.iterator().next());
  }

  /** The same words, sources and picture: nothing a reader would see changed. */
  private static boolean sameContent(StorySummary a, StorySummary b) {
    return a.title().equals(b.title()) && a.sections().equals(b.sections()) && a.sources().equals(b.sources())
        && a.imageUrl().equals(b.imageUrl());
  }

  private List<IngestReport> ingest(List<FeedSource> feeds) {
    List<Future<IngestReport>> pending = new ArrayList<>();
    for (FeedSource f : feeds) pending.add(fetchers.submit(() -> ingestOne(f)));
    List<IngestReport> out = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      String id = feeds.get(i).id();
      try {
        out.add(pending.get(i).get());
      } catch (ExecutionException e) {
        // a bug in ingestion must not stop the run: record it against the feed
        log.error("feed {}: ingestion failed", id, e.getCause());
        out.add(IngestReport.failed(id, "internal error: " + e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        out.add(IngestReport.failed(id, "interrupted"));
      }
    }
    return out;
  }

  /** Stages 1 and 2 for one feed, in order, with the feed's id on every log line meanwhile. */
  private IngestReport ingestOne(FeedSource feed) {
    ReentrantLock lock = feedLocks.computeIfAbsent(feed.id(), id -> new ReentrantLock());
    lock.lock();
    // the feed's id on every log line of its reading and storing (logging.format: json shows it as a field)
    try (MDC.MDCCloseable f = MDC.putCloseable("feed", feed.id())) {
      return ingest(feeds, articles, feed, false);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reads {@code feed} (stage 1), stores its items (stage 2), then records the read: a read is recorded only once its
   * items are stored, so that when storing fails the next poll fetches them again. With {@code force}, a disabled or
   * backing-off feed is read anyway (a manual check).
   */
  static IngestReport ingest(FeedStage feeds, ArticleStage articles, FeedSource feed, boolean force) {
    FeedReader.Result result = feeds.read(feed, force);
    if (result instanceof FeedReader.Failed f) return IngestReport.failed(feed.id(), f.reason());
    if (result instanceof FeedReader.NotModified) {
      return new IngestReport(feed.id(), List.of(), List.of(), Set.of(), Optional.empty());
    }
    FeedReader.Read read = (FeedReader.Read) result;
    IngestReport report = articles.store(feed, read.parsed(), read.firstRead(), read.at());
    feeds.succeeded(read);
    return report;
  }

  @Override
  public void close() {
    PageWorker w;
    synchronized (this) {
      w = worker;
    }
    // first: its last round may still re-summarise what arrived, which takes this pipeline's lock
    if (w != null) w.close();
    fetchers.shutdownNow();
    if (shared != null) shared.close();
    if (fullText != null) fullText.close();
  }
}
