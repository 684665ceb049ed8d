package dev.herald.status;

import dev.herald.store.InstanceStatusStore;
import dev.herald.threads.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's heartbeat for {@code /herald status} on the others: every {@link #EVERY} it writes what its
 * sources say (its rate governors' holds, its platform errors) to the shared store, and at {@link #close} takes it
 * back. An instance whose report is older than {@link #STALE} has stopped or died, and the others leave it out.
 */
public final class StatusBeacon implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StatusBeacon.class);
  /** How often an instance writes its report (one small upsert). */
  public static final Duration EVERY = Duration.ofSeconds(5);
  /** A report older than this is a stopped or dead instance's: three heartbeats missed. */
  public static final Duration STALE = EVERY.multipliedBy(4);

  private final String instance;
  private final InstanceStatusStore store;
  private final List<StatusSource> sources;
  private final Clock clock;
  private ScheduledExecutorService timer;
  private boolean failing;

  public StatusBeacon(String instance, InstanceStatusStore store, List<StatusSource> sources, Clock clock) {
    this.instance = Objects.requireNonNull(instance, "instance == null");
    this.store = Objects.requireNonNull(store, "store == null");
    this.sources = List.copyOf(sources);
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** This instance's name among the instances. */
  public String instance() {
    return instance;
  }

  /** What this instance's sources say now. */
  public InstanceStatus collect() {
    Instant now = clock.instant();
    InstanceStatus s = InstanceStatus.NONE;
    for (StatusSource source : sources) s = s.and(source.status(now));
    return s;
  }

  /** Writes this instance's report now (what the heartbeat does); a failure is logged once until it passes. */
  public synchronized void publish() {
    try {
      store.publish(instance, clock.instant(), InstanceStatusJson.write(collect()));
      if (failing) log.info("writing this instance's status for the others again");
      failing = false;
    } catch (RuntimeException e) {
      if (!failing) log.warn("cannot write this instance's status for the others' /herald status: {}", e.toString());
      failing = true;
    }
  }

  /** Writes the report now and every {@link #EVERY}, on a thread of its own. */
  public synchronized void start() {
    if (timer != null) return;
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("herald-status-beacon"));
    timer.scheduleWithFixedDelay(this::publish, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the heartbeat and takes back this instance's report (and any gone stale): it is left out at once. */
  @Override
  public synchronized void close() {
    if (timer != null) timer.shutdownNow();
    timer = null;
    try {
      store.forget(instance, clock.instant().minus(STALE));
    } catch (RuntimeException e) {
      log.warn("cannot take back this instance's status; the others leave it out after {}", STALE, e);
    }
  }
}
