package dev.herald.pipeline;

import dev.herald.threads.DaemonThreads;
import dev.herald.store.RunLeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pipeline runs when several Herald instances share one database: at most one instance runs at a time (a lease in
 * the database, renewed while the run lasts, so that a crashed holder blocks the others for {@link #HOLD} at most),
 * and each run learns whether another instance ran since this one last did, so that in-memory state (the story
 * tracker's index) can be reloaded first. Not thread-safe: {@link Pipeline#run} serialises it.
 */
final class SharedRuns implements AutoCloseable {
  static final String LEASE = "pipeline";
  /** Reading article pages: one instance at a time, so that two never send one site two requests at once. */
  static final String PAGES_LEASE = "article-pages";
  static final Duration HOLD = Duration.ofMinutes(2);
  static final Duration RENEW_EVERY = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(SharedRuns.class);

  private final RunLeaseStore leases;
  private final String name;
  private final String owner;
  private final Clock clock;
  private final ScheduledExecutorService renewer;
  /** Runs finished under the lease when this instance last looked; -1 when its own release failed. */
  private long seen;
  private ScheduledFuture<?> renewal;

  /** Construct right after the tracker has loaded the store: runs finished until now are already in memory. */
  SharedRuns(RunLeaseStore leases, String owner, Clock clock) {
    this(leases, LEASE, owner, clock);
  }

  /** Runs under the lease {@code name}. */
  SharedRuns(RunLeaseStore leases, String name, String owner, Clock clock) {
    this.leases = leases;
    this.name = name;
    this.owner = owner;
    this.clock = clock;
    this.seen = leases.generation(name);
    this.renewer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("herald-" + name + "-lease"));
  }

  /**
   * Takes the lease. Empty when another instance is running; otherwise whether another instance finished a run since
   * this one's last (the shared state changed under the in-memory copies).
   */
  Optional<Boolean> begin() {
    Instant now = clock.instant();
    Optional<Long> finished = leases.acquire(name, owner, now, now.plus(HOLD));
    if (finished.isEmpty()) return Optional.empty();
    renewal = renewer.scheduleAtFixedRate(this::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    return Optional.of(finished.get() != seen);
  }

  private void renew() {
    try {
      if (!leases.renew(name, owner, clock.instant().plus(HOLD))) {
        log.warn("{} lease of {} ran out and was taken by another instance; this run goes on", name, owner);
      }
    } catch (RuntimeException e) {
      log.warn("{} lease of {} not renewed: {}", name, owner, e.getMessage());
    }
  }

  /** Ends the run: stops renewing and frees the lease. */
  void end() {
    if (renewal != null) renewal.cancel(false);
    renewal = null;
    seen = leases.release(name, owner).orElse(-1L);
  }

  @Override
  public void close() {
    renewer.shutdownNow();
  }
}
