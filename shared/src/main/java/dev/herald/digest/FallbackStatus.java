package dev.herald.digest;

import dev.herald.model.SummaryFallback;
import dev.herald.store.SummaryFallbackStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status figure for language-model fallbacks: how many summaries fell back to the extractive summarizer in the
 * last 24 hours, and the latest reason. Lines are plain text for a status block. Thread-safe if the store is.
 */
public final class FallbackStatus {
  static final Duration WINDOW = Duration.ofHours(24);
  private final SummaryFallbackStore store;
  private final Clock clock;

  public FallbackStatus(SummaryFallbackStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Fallbacks in the last 24 hours. */
  public int lastDay() {
    return store.countSince(clock.instant().minus(WINDOW));
  }

  /** One or two lines: the 24-hour count, and the latest fallback when there is one. */
  public List<String> lines() {
    Instant now = clock.instant();
    int n = store.countSince(now.minus(WINDOW));
    List<String> out = new ArrayList<>();
    out.add("Language-model summaries that fell back to extractive in the last 24 h: " + n);
    Optional<SummaryFallback> latest = store.latest();
    latest.ifPresent(f -> out.add("Latest: story " + f.storyId() + " v" + f.storyVersion() + " at "
        + f.at().truncatedTo(ChronoUnit.MINUTES) + ": " + f.reason()));
    return out;
  }
}
