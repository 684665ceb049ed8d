package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxWatermarkTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  @Test
  void withoutSkewWhatALookSawSettlesAtOnce() {
    OutboxWatermark w = new OutboxWatermark(Duration.ZERO);
    w.saw(7);
    w.saw(3);
    assertEquals(0, w.settled(), "nothing settles before the look ends");
    w.looked(T);
    assertEquals(7, w.settled());
  }

  @Test
  void withSkewWhatALookSawSettlesOnlyOnceTheSkewHasPassed() {
    OutboxWatermark w = new OutboxWatermark(Duration.ofSeconds(5));
    w.saw(10);
    w.looked(T);
    w.saw(20);
    w.looked(T.plusSeconds(2));
    assertEquals(0, w.settled(), "a lower id may still commit");
    w.looked(T.plusSeconds(5));
    assertEquals(10, w.settled(), "the first look is 5 s old; the second is not");
    w.looked(T.plusSeconds(7));
    assertEquals(20, w.settled());
  }
}
