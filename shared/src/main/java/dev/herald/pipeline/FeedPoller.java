package dev.herald.pipeline;

import dev.herald.articles.IngestReport;
import dev.herald.feeds.FeedBackoff;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.store.FeedHealthStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls feeds continuously: on each tick, every feed {@link FeedBackoff#due} (its own interval passed since its last
 * poll, its backoff over) goes through the {@link Pipeline} in one run, whose report the caller hands on (delivery's
 * alerts and living stories). Feed health is the feeds stage's, read from its store, which the run updates. A
 * disabled feed is not polled. Ticks are serialised.
 */
public final class FeedPoller {
  private final Supplier<List<FeedSource>> feeds;
  private final Function<List<FeedSource>, RunReport> pipeline;
  private final FeedHealthStore health;
  private final Clock clock;
  private final Map<String, Instant> lastPolled = new HashMap<>();

  /** @param feeds the configured feeds, read on every tick (so that feeds added at run time are polled) */
  public FeedPoller(Supplier<List<FeedSource>> feeds, Pipeline pipeline, FeedHealthStore health, Clock clock) {
    this(feeds, pipeline::run, health, clock);
  }

  FeedPoller(Supplier<List<FeedSource>> feeds, Function<List<FeedSource>, RunReport> pipeline,
      FeedHealthStore health, Clock clock) {
    this.feeds = feeds;
    this.pipeline = pipeline;
    this.health = health;
    this.clock = clock;
  }

  /** The feeds due now. */
  synchronized List<FeedSource> due() {
    return due(Set.of());
  }

  /** The feeds due now, and the feeds of {@code now} whatever their interval or backoff (unless disabled). */
  private List<FeedSource> due(Set<String> now) {
    Instant at = clock.instant();
    List<FeedSource> due = new ArrayList<>();
    for (FeedSource f : feeds.get()) {
      Optional<Instant> next = FeedBackoff.due(f, health.find(f.id()).orElse(FeedHealth.fresh(f.id())),
          Optional.ofNullable(lastPolled.get(f.id())));
      if (next.isPresent() && (now.contains(f.id()) || !next.get().isAfter(at))) due.add(f);
    }
    return due;
  }

  /** Polls the due feeds; empty when none was due. */
  public synchronized Optional<RunReport> tick() {
    return tick(Set.of());
  }

  /**
   * Polls the due feeds together with the feeds in {@code now} (a manager's {@code /herald feeds check}), which are
   * read at once whatever their interval or backoff; a disabled feed stays disabled. Empty when nothing was polled.
   * The feeds in {@code now} are asked for in the store until a run reads them: when this run is skipped (another
   * instance sharing the database is polling), the next tick of any instance reads them, as it does those another
   * instance was asked for.
   */
  public synchronized Optional<RunReport> tick(Set<String> now) {
    Instant started = clock.instant();
    // asked in the database first: when another instance is polling right now (the run is skipped), whichever
    // instance polls next reads them
    health.requestCheck(now, started);
    Set<String> asked = health.checksRequested();
    List<FeedSource> due = due(asked);
    Set<String> gone = new HashSet<>(asked);
    for (FeedSource f : due) gone.remove(f.id());
    // asked for, but removed or disabled since: nothing to read
    health.checked(gone, started);
    if (due.isEmpty()) return Optional.empty();
    RunReport report = pipeline.apply(due);
    Set<String> reported = new HashSet<>();
    for (IngestReport r : report.feeds()) reported.add(r.feedId());
    Set<String> read = new HashSet<>();
    for (FeedSource f : due) {
      // no report: the run was skipped (another instance sharing the database was running); due again next tick
      if (!reported.contains(f.id())) continue;
      lastPolled.put(f.id(), started);
      if (asked.contains(f.id())) read.add(f.id());
    }
    health.checked(read, started);
    return Optional.of(report);
  }

  synchronized Optional<Instant> lastPolled(String feedId) {
    return Optional.ofNullable(lastPolled.get(feedId));
  }
}
