package dev.herald.store;

import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One daily briefing occurrence of a channel: at most one per channel and local day.
 *
 * @param date the channel-local day the briefing belongs to
 * @param scheduledFor when it was due
 * @param ranAt when Herald built it (later than due after downtime)
 * @param late whether it was sent late, with a note
 * @param stories how many stories it holds
 */
public record BriefingRun(
    ChannelKey channel, LocalDate date, Instant scheduledFor, Instant ranAt, boolean late, int stories,
    Outcome outcome) {

  /** What came of the occurrence. */
  public enum Outcome {
    /** Stories were enqueued. */
    SENT,
    /** Nothing new: a one-line notice was enqueued. */
    EMPTY,
    /** The channel is paused: nothing was sent, the stories wait for the next briefing. */
    PAUSED
  }

  public BriefingRun {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(scheduledFor, "scheduledFor == null");
    Objects.requireNonNull(ranAt, "ranAt == null");
    if (stories < 0) throw new IllegalArgumentException("stories < 0: " + stories);
    Objects.requireNonNull(outcome, "outcome == null");
  }
}
