package dev.herald.pipeline;

import dev.herald.articles.FeedIngestor;
import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.articles.fulltext.FullTextReport;
import dev.herald.digest.StoryWriter;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the core: ingest every due feed (concurrently; one bad feed never stops the others), file the new
 * articles into stories in publication order, then write and check the summaries of every story that changed.
 *
 * <p>Runs are serialised: {@link #run} is synchronized, so the poller and a manual refresh never interleave. When
 * several instances share one database, build it with a {@link RunLeaseStore}: then at most one instance runs at a
 * time (a run that finds another instance running is skipped and reports nothing), and a run that follows another
 * instance's first reloads the tracker from the store, so that no instance files articles against a stale index.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final FeedIngestor ingestor;
  private final StoryTracker tracker;
  private final StoryWriter writer;
  private final Stores stores;
  private final Clock clock;
  private final ExecutorService fetchers;
  /** Null when this instance is the database's only one. */
  private final SharedRuns shared;
  /** Null when article pages are never read. */
  private final FullTextFetcher fullText;

  /**
   * A pipeline for an instance that has its database to itself.
   *
   * @param fetchThreads how many feeds are fetched at once (per-host limits apply inside the fetcher)
   */
  public Pipeline(
      FeedIngestor ingestor, StoryTracker tracker, StoryWriter writer, Stores stores, Clock clock, int fetchThreads) {
    this(ingestor, tracker, writer, stores, clock, fetchThreads, null, null, null);
  }

  /**
   * A pipeline for one of several instances sharing a database. Build it after the tracker has loaded the store.
   *
   * @param leases the shared database's leases
   * @param owner this instance's unique name in the lease
   */
  public Pipeline(FeedIngestor ingestor, StoryTracker tracker, StoryWriter writer, Stores stores, Clock clock,
      int fetchThreads, RunLeaseStore leases, String owner) {
    this(ingestor, tracker, writer, stores, clock, fetchThreads, leases, owner, null);
  }

  /**
   * A pipeline that also reads the pages behind teasers: after the feeds are read and their items stored, the
   * waiting pages are fetched within the poll's budget, so that new articles are clustered and summarised from their
   * full text; a page that arrives in a later run re-summarises its story.
   *
   * @param leases null when this instance is the database's only one
   * @param fullText null when pages are never read
   */
  public Pipeline(FeedIngestor ingestor, StoryTracker tracker, StoryWriter writer, Stores stores, Clock clock,
      int fetchThreads, RunLeaseStore leases, String owner, FullTextFetcher fullText) {
    this.fullText = fullText;
    this.shared = leases == null ? null : new SharedRuns(leases, Objects.requireNonNull(owner, "owner == null"),
        clock);
    this.ingestor = ingestor;
    this.tracker = tracker;
    this.writer = writer;
    this.stores = stores;
    this.clock = clock;
    this.fetchers = Executors.newFixedThreadPool(fetchThreads, r -> {
      Thread t = new Thread(r, "herald-fetch");
      t.setDaemon(true);
      return t;
    });
  }

  public synchronized RunReport run(List<FeedSource> feeds) {
    if (shared == null) return runNow(feeds);
    Optional<Boolean> othersRan = shared.begin();
    if (othersRan.isEmpty()) {
      log.info("pipeline run skipped: another Herald instance is running it");
      Instant now = clock.instant();
      return new RunReport(now, now, List.of(), List.of(), Set.of(), List.of(), Set.of());
    }
    try {
      if (othersRan.get()) log.info("another instance ran the pipeline: {} live stories reloaded", tracker.reload());
      return runNow(feeds);
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
      pages = fullText.fetchWaiting();
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
    // an edited article changes its story's text, not its version: re-summarise the same version
    List<String> textChanged = new ArrayList<>(newText);
    for (IngestReport r : reports) for (Article a : r.updated()) textChanged.add(a.id());
    // so does a page that arrived for an article filed in an earlier run
    for (String id : textChanged) {
      stores.stories().storyOf(id).flatMap(sid -> stores.stories().find(stores.stories().resolve(sid)))
          .ifPresent(s -> changed.putIfAbsent(s.id(), s));
    }

    List<StorySummary> summaries = new ArrayList<>();
    Set<Long> failed = new HashSet<>();
    for (Story s : changed.values()) {
      // the tracker may have merged or grown the story since; summarise what is stored now
      Optional<Story> current = stores.stories().find(stores.stories().resolve(s.id()));
      if (current.isEmpty()) continue;
      Optional<StorySummary> written = writer.write(current.get());
      if (written.isPresent()) {
        summaries.add(written.get());
      } else {
        failed.add(current.get().id());
      }
    }
    RunReport report =
        new RunReport(started, clock.instant(), reports, updates, alertable, summaries, failed, pages);
    log.info("pipeline run: {}", report.describe());
    if (!failed.isEmpty()) {
      // one line for the run, not one per story: a first read of real feeds can leave hundreds unsummarised
      log.warn("{} of {} changed stories have no new summary (each keeps its previous one, if any);"
          + " HERALD_LOG_LEVEL=DEBUG names them and why", failed.size(), changed.size());
    }
    return report;
  }

  private List<IngestReport> ingest(List<FeedSource> feeds) {
    List<Future<IngestReport>> pending = new ArrayList<>();
    for (FeedSource f : feeds) pending.add(fetchers.submit(() -> ingestor.ingest(f)));
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

  @Override
  public void close() {
    fetchers.shutdownNow();
    if (shared != null) shared.close();
    if (fullText != null) fullText.close();
  }
}
