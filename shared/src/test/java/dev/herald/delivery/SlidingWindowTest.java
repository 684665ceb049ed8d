package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  @Test
  void theNextSlotIsTheAnswerThatBringsTheCountUnderTheLimit() {
    SlidingWindow w = new SlidingWindow(3, Duration.ofSeconds(1));
    for (int i = 0; i < 3; i++) w.take();
    // answers recorded out of order by different threads
    w.answered(T.plusMillis(30));
    w.answered(T.plusMillis(10));
    w.answered(T.plusMillis(20));
    for (int i = 0; i < 3; i++) w.settled();
    assertEquals(T.plusMillis(1010), w.nextSlot(T.plusMillis(40)));
    w.take();
    assertEquals(T.plusMillis(1020), w.nextSlot(T.plusMillis(1010)));
    assertEquals(T.plusMillis(1025), w.nextSlot(T.plusMillis(1025)), "two freed, one taken: room for one");
    w.take();
    assertEquals(T.plusMillis(1030), w.nextSlot(T.plusMillis(1025)));
  }

  @Test
  void onlyRequestsOnTheirWayHoldNoEarlierThanAWindowFromNow() {
    SlidingWindow w = new SlidingWindow(2, Duration.ofSeconds(1));
    w.take();
    w.take();
    assertEquals(T.plusSeconds(1), w.nextSlot(T));
    assertFalse(w.idle(T));
    w.settled();
    w.settled();
    assertTrue(w.idle(T));
    assertEquals(T, w.nextSlot(T));
  }

  @Test
  void perSecondSpreadsTheBurstOverItsShareOfTime() {
    SlidingWindow half = SlidingWindow.perSecond(0.5, 1);
    half.take();
    half.answered(T);
    half.settled();
    assertEquals(T.plusSeconds(2), half.nextSlot(T));
    SlidingWindow five = SlidingWindow.perSecond(1, 5);
    for (int i = 0; i < 5; i++) {
      five.take();
      five.answered(T);
      five.settled();
    }
    assertEquals(T.plusSeconds(5), five.nextSlot(T));
    assertThrows(IllegalArgumentException.class, () -> SlidingWindow.perSecond(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new SlidingWindow(0, Duration.ofSeconds(1)));
  }

  @Test
  void aSendOfTwoRequestsNeedsRoomForBoth() {
    SlidingWindow w = new SlidingWindow(3, Duration.ofSeconds(1));
    w.take(2);
    assertEquals(T, w.nextSlot(T, 1));
    assertEquals(T.plusSeconds(1), w.nextSlot(T, 2), "one slot left: a lookup and its post do not fit");
    w.answered(T);
    w.answered(T.plusMillis(10));
    w.settled(2);
    assertEquals(T.plusSeconds(1), w.nextSlot(T.plusMillis(20), 2));
    assertEquals(T.plusMillis(1010), w.nextSlot(T.plusSeconds(1), 3), "never more than the limit asked for");
    SlidingWindow one = new SlidingWindow(1, Duration.ofSeconds(1));
    assertEquals(T, one.nextSlot(T, 2), "a limit of one admits a send of two requests alone");
  }
}
