package dev.herald.delivery;

import dev.herald.articles.IngestReport;
import dev.herald.model.FeedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FeedHealthSource#tracking}: exponential backoff and disabling, in memory. Thread-safe. */
final class TrackedFeedHealthSource implements FeedHealthSource {
  private static final Duration MAX_BACKOFF = Duration.ofDays(1);

  private final int maxFailures;
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();

  TrackedFeedHealthSource(int maxFailures) {
    this.maxFailures = maxFailures;
  }

  @Override
  public FeedState state(FeedSource feed) {
    return states.getOrDefault(feed.id(), FeedState.healthy(feed.id()));
  }

  @Override
  public void observe(FeedSource feed, IngestReport report, Instant at) {
    if (report.problem().isEmpty()) {
      states.put(feed.id(), new FeedState(feed.id(), 0, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(at)));
      return;
    }
    int failures = state(feed).consecutiveFailures() + 1;
    Duration backoff = feed.pollInterval();
    for (int i = 1; i < failures && backoff.compareTo(MAX_BACKOFF) < 0; i++) backoff = backoff.multipliedBy(2);
    if (backoff.compareTo(MAX_BACKOFF) > 0) backoff = MAX_BACKOFF;
    Optional<String> disabled = failures >= maxFailures
        ? Optional.of("disabled after " + failures + " failures in a row: " + report.problem().get())
        : Optional.empty();
    states.put(feed.id(), new FeedState(feed.id(), failures, report.problem(), Optional.of(at.plus(backoff)),
        disabled, Optional.of(at)));
  }
}
