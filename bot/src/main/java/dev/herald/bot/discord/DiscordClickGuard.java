package dev.herald.bot.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes button clicks idempotent: a second click by the same user on the same button of the same message within
 * {@link #WINDOW} is a repeat (a double click, a retry of a slow answer) and is only acknowledged, so one expansion
 * gives one answer. Remembers at most {@link #CAPACITY} recent clicks. Thread-safe.
 */
final class DiscordClickGuard {
  static final Duration WINDOW = Duration.ofSeconds(10);
  static final int CAPACITY = 10_000;

  private final Clock clock;
  private final Map<String, Instant> recent = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
      return size() > CAPACITY;
    }
  };

  DiscordClickGuard(Clock clock) {
    this.clock = clock;
  }

  /** Records the click; true when it repeats one made within the window. */
  synchronized boolean isRepeat(String userId, String messageId, String customId) {
    String key = userId + "/" + messageId + "/" + customId;
    Instant now = clock.instant();
    Instant last = recent.get(key);
    if (last != null && Duration.between(last, now).compareTo(WINDOW) < 0) return true;
    recent.remove(key);
    recent.put(key, now);
    return false;
  }
}
