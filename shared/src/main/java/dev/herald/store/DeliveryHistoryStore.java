package dev.herald.store;

import dev.herald.model.AlertRecord;
import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What delivery did before: topic alerts and daily briefing runs. Written through {@link OutboxStore}. */
public interface DeliveryHistoryStore {
  /** The channel's latest alert about the story. */
  Optional<AlertRecord> lastAlert(ChannelKey channel, long storyId);

  /** When the channel was last alerted about anything. */
  Optional<Instant> lastAlertAt(ChannelKey channel);

  /** How many alerts the channel got at or after {@code since}. */
  int alertsSince(ChannelKey channel, Instant since);

  /** Whether the channel had a briefing run for its local day {@code date}. */
  boolean ran(ChannelKey channel, LocalDate date);

  /** The channel's most recent briefing run. */
  Optional<BriefingRun> lastRun(ChannelKey channel);

  /** Records a run that enqueued nothing (a paused channel); false when the day already has one. */
  boolean recordRun(BriefingRun run);
}
