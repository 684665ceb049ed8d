package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  static final Duration BASE = Duration.ofSeconds(2);
  static final Duration MAX = Duration.ofMinutes(1);
  static final Backoff.Jitter NONE = d -> d;

  @Test
  void doublesPerFailureUpToTheCap() {
    assertEquals(Duration.ofSeconds(2), Backoff.after(1, BASE, MAX, NONE, Duration.ZERO));
    assertEquals(Duration.ofSeconds(4), Backoff.after(2, BASE, MAX, NONE, Duration.ZERO));
    assertEquals(Duration.ofSeconds(32), Backoff.after(5, BASE, MAX, NONE, Duration.ZERO));
    assertEquals(MAX, Backoff.after(6, BASE, MAX, NONE, Duration.ZERO));
    assertEquals(MAX, Backoff.after(10_000, BASE, MAX, NONE, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Backoff.after(0, BASE, MAX, NONE, Duration.ZERO));
  }

  @Test
  void aLongerRetryAfterWinsWithinTheCap() {
    assertEquals(Duration.ofSeconds(30), Backoff.after(1, BASE, MAX, NONE, Duration.ofSeconds(30)));
    assertEquals(Duration.ofSeconds(4), Backoff.after(2, BASE, MAX, NONE, Duration.ofSeconds(3)));
    assertEquals(MAX, Backoff.after(1, BASE, MAX, NONE, Duration.ofHours(5)));
  }

  @Test
  void jitterSpreadsButNeverPassesTheCap() {
    for (int i = 0; i < 200; i++) {
      Duration d = Backoff.after(3, BASE, MAX, Backoff.Jitter.shorter(), Duration.ZERO);
      assertTrue(d.compareTo(Duration.ofMillis(6_400)) >= 0 && d.compareTo(Duration.ofSeconds(8)) <= 0, d.toString());
    }
    Duration capped = Backoff.after(6, BASE, MAX, d -> d.multipliedBy(2), Duration.ZERO);
    assertEquals(MAX, capped);
    assertEquals(Backoff.Jitter.spread("feed", 2).apply(MAX), Backoff.Jitter.spread("feed", 2).apply(MAX),
        "the spread of one feed and failure count is always the same");
  }
}
