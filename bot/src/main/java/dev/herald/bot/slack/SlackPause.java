package dev.herald.bot.slack;

import java.time.Duration;

/** Waits before a retry (Slack's Retry-After). Tests record the waits instead of sleeping. */
@FunctionalInterface
interface SlackPause {
  SlackPause SLEEP = d -> Thread.sleep(d.toMillis());

  void pause(Duration duration) throws InterruptedException;
}
