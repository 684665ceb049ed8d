package dev.herald.chat;

import dev.herald.model.Channel;
import java.time.Instant;
import java.util.Optional;

/** Told when a channel's briefing schedule changes, so that the scheduler can follow. */
public interface ScheduleListener {
  /** No scheduler: offline runs and tools. */
  ScheduleListener NONE = new ScheduleListener() {
    @Override
    public void scheduleChanged(Channel channel) {}

    @Override
    public Optional<Instant> nextBriefing(Channel channel) {
      return Optional.empty();
    }
  };

  /** Reschedules the channel's daily briefing (or cancels it when it has none). */
  void scheduleChanged(Channel channel);

  /** When the channel's next briefing is due, if it has one. */
  Optional<Instant> nextBriefing(Channel channel);
}
