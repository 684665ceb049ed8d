package dev.herald.bot.cli;

import dev.herald.chat.ScheduleListener;
import dev.herald.model.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** The demo has no scheduler: a changed schedule is only stored, and the next time is computed for display. */
final class DemoSchedule implements ScheduleListener {
  private final Clock clock;

  DemoSchedule(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void scheduleChanged(Channel channel) {}

  @Override
  public Optional<Instant> nextBriefing(Channel channel) {
    return channel.briefingAt().map(at -> {
      ZonedDateTime now = ZonedDateTime.now(clock.withZone(channel.zone()));
      ZonedDateTime today = now.toLocalDate().atTime(at).atZone(channel.zone());
      return (today.isAfter(now) ? today : now.toLocalDate().plusDays(1).atTime(at).atZone(channel.zone()))
          .toInstant();
    });
  }
}
