package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  @Test
  void aClockMadeWithNewStandsStillBetweenMoves() {
    MutableClock clock = new MutableClock(T);
    assertEquals(T, clock.instant());
    clock.advance(Duration.ofMillis(1500));
    assertEquals(T.plusMillis(1500), clock.instant());
    clock.set(Instant.EPOCH);
    assertEquals(Instant.EPOCH, clock.instant());
  }

  @Test
  void aRunningClockStartsWhereItIsSetAndRunsOnFromThere() throws InterruptedException {
    MutableClock clock = MutableClock.running(T);
    Instant first = clock.instant();
    assertFalse(first.isBefore(T));
    Thread.sleep(5);
    Instant later = clock.instant();
    assertTrue(later.isAfter(first), later + " after " + first);
    clock.set(T.plus(Duration.ofDays(1)));
    assertFalse(clock.instant().isBefore(T.plus(Duration.ofDays(1))));
    assertTrue(clock.instant().isBefore(T.plus(Duration.ofDays(1)).plusSeconds(600)));
  }
}
