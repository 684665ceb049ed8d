package dev.herald.pipeline;

import dev.herald.threads.DaemonThreads;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.articles.fulltext.FullTextReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article pages on a thread of its own, so that a slow site never holds up feed polling or delivery. Woken
 * after each pipeline run (its items are stored by then), a round fetches the waiting pages within the poll's budget
 * ({@link FullTextFetcher}: robots.txt, one request at a time per site, the per-host delay, at most so many pages and
 * seconds), hands the texts that arrived to the pipeline, which summarises their stories again, and tells the listener
 * what that did. One round at a time; wakes during a round coalesce into one more round. With several instances on
 * one database a round runs only under the page lease, so that two instances never read pages at once.
 */
final class PageWorker implements AutoCloseable {
  /** How long {@link #close()} waits for a round to finish re-summarising what already arrived. */
  static final Duration GRACE = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(PageWorker.class);

  private final FullTextFetcher pages;
  private final Function<FullTextReport, RunReport> textsArrived;
  private final Consumer<RunReport> listener;
  /** Null when this instance is the database's only one. */
  private final SharedRuns lease;
  private final Clock clock;
  private final ExecutorService thread;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final AtomicInteger rounds = new AtomicInteger();
  private volatile boolean closed;

  /**
   * @param textsArrived re-summarises the stories of the articles whose text changed
   * @param listener hears each round that read anything (living-story edits and alerts follow from it)
   * @param lease the page lease when several instances share the database, else null
   */
  PageWorker(FullTextFetcher pages, Function<FullTextReport, RunReport> textsArrived, Consumer<RunReport> listener,
      SharedRuns lease, Clock clock) {
    this.pages = pages;
    this.textsArrived = textsArrived;
    this.listener = listener;
    this.lease = lease;
    this.clock = clock;
    this.thread = Executors.newSingleThreadExecutor(DaemonThreads.named("herald-pages-worker"));
  }

  /** Asks for a round: now when idle, after the current one otherwise. Never blocks. */
  void wake() {
    if (closed || !queued.compareAndSet(false, true)) return;
    try {
      thread.execute(this::round);
    } catch (RejectedExecutionException e) {
      queued.set(false); // closed meanwhile
    }
  }

  private void round() {
    queued.set(false);
    if (closed) return;
    Instant started = clock.instant();
    try {
      FullTextReport read;
      try {
        read = read();
      } finally {
        rounds.incrementAndGet();
      }
      if (read.requests() == 0 && read.decided().isEmpty()) return;
      RunReport done = textsArrived.apply(read);
      log.info("article pages: {}; {} in {} ms", read.describe(),
          done.summaries().size() + (done.summaries().size() == 1 ? " story" : " stories") + " summarised again",
          Duration.between(started, clock.instant()).toMillis());
      listener.accept(done);
    } catch (RuntimeException e) {
      // a bug must not stop the worker: the pages wait for the next round
      log.error("reading article pages failed", e);
    }
  }

  private FullTextReport read() {
    if (lease == null) return pages.fetchWaiting();
    if (lease.begin().isEmpty()) {
      log.debug("article pages: another Herald instance is reading them");
      return FullTextReport.NONE;
    }
    try {
      return pages.fetchWaiting();
    } finally {
      lease.end();
    }
  }

  /**
   * Stops: page requests in flight are cancelled (their pages stay waiting, no attempt counted), and a round in
   * progress still re-summarises what arrived before it ends; waits up to {@link #GRACE} for it.
   */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    pages.close();
    thread.shutdown();
    try {
      if (!thread.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("article page worker still busy after {} s; stopping it", GRACE.toSeconds());
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (lease != null) lease.close();
  }

  /** Rounds that looked for waiting pages (with several instances: that asked for the page lease). */
  int rounds() {
    return rounds.get();
  }

  /** Whether the worker's thread has ended (after {@link #close()}). */
  boolean terminated() {
    return thread.isTerminated();
  }
}
