package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedHealth;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedBackoffTest {
  private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
  private static final Duration POLL = Duration.ofMinutes(10);

  @Test
  void delaysDoubleWithinASpreadAndStopAtTheCap() {
    for (int n = 1; n <= 12; n++) {
      Duration d = FeedBackoff.delay("feed", n, POLL);
      Duration base = POLL.multipliedBy(1L << (n - 1));
      if (base.compareTo(FeedBackoff.MAX_DELAY) > 0) base = FeedBackoff.MAX_DELAY;
      assertTrue(d.compareTo(base.multipliedBy(9).dividedBy(10)) >= 0, n + ": " + d);
      assertTrue(d.compareTo(base.multipliedBy(11).dividedBy(10)) <= 0, n + ": " + d);
      assertTrue(d.compareTo(FeedBackoff.MAX_DELAY) <= 0, n + ": " + d);
    }
    assertEquals(FeedBackoff.delay("feed", 3, POLL), FeedBackoff.delay("feed", 3, POLL));
  }

  @Test
  void aFeedIsDueWhenItsPollIntervalHasPassed() {
    dev.herald.model.FeedSource feed = dev.herald.model.FeedSource.of("f", "F",
        java.net.URI.create("https://f.example/rss"), java.util.List.of());
    assertTrue(FeedBackoff.isDue(feed, FeedHealth.fresh("f"), T));
    FeedHealth read = new FeedBackoff(3).succeeded(FeedHealth.fresh("f"), T, Validators.NONE, 1);
    assertFalse(FeedBackoff.isDue(feed, read, T.plus(Duration.ofMinutes(9))));
    assertTrue(FeedBackoff.isDue(feed, read, T.plus(Duration.ofMinutes(10))));
  }

  @Test
  void disablesAfterTheLimitAndASuccessResets() {
    FeedBackoff b = new FeedBackoff(2);
    FeedHealth h = b.failed(FeedHealth.fresh("f"), T, "timed out", POLL, Duration.ZERO);
    assertFalse(h.disabled());
    assertFalse(FeedBackoff.isDue(h, T));
    assertTrue(FeedBackoff.isDue(h, T.plus(Duration.ofHours(1))));
    h = b.failed(h, T, "timed out", POLL, Duration.ZERO);
    assertTrue(h.disabled());
    assertEquals("disabled after 2 failures in a row; last: timed out", h.lastError());
    assertFalse(FeedBackoff.isDue(h, T.plus(Duration.ofDays(30))));
    FeedHealth ok = b.succeeded(h, T, new Validators("e", "m"), 5);
    assertEquals(0, ok.consecutiveFailures());
    assertFalse(ok.disabled());
    assertEquals("", ok.lastError());
    assertTrue(FeedBackoff.isDue(ok, T));
  }
}
