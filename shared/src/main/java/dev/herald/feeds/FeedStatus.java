package dev.herald.feeds;

import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A feed with its health, for lists in chat and the CLI. */
public record FeedStatus(FeedSource feed, FeedHealth health) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The state shown to people. */
  public enum State { NEW, OK, FAILING, DISABLED }

  public FeedStatus {
    Objects.requireNonNull(feed, "feed == null");
    Objects.requireNonNull(health, "health == null");
    if (!feed.id().equals(health.feedId())) throw new IllegalArgumentException("health of another feed");
  }

  public State state() {
    if (health.disabled()) return State.DISABLED;
    if (health.consecutiveFailures() > 0) return State.FAILING;
    return health.lastSuccessAt().isEmpty() ? State.NEW : State.OK;
  }

  /** One line: {@code ok, 20 items, read 2026-11-27 08:10 UTC}; {@code failing (2 in a row): HTTP 404 ...}. */
  public String describe() {
    return switch (state()) {
      case NEW -> "new: not read yet";
      case OK -> "ok, " + health.itemCount() + (health.itemCount() == 1 ? " item" : " items") + ", read " + WHEN.format(health.lastSuccessAt().orElseThrow());
      case FAILING -> "failing (" + health.consecutiveFailures() + " in a row): " + health.lastError()
          + health.nextAttemptAt().map(t -> "; next attempt " + WHEN.format(t)).orElse("");
      case DISABLED -> health.lastError() + " (run a check to re-enable)";
    };
  }
}
