package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
  private static Optional<Instant> at(String iso) {
    return Optional.of(Instant.parse(iso));
  }

  @Test
  void readsRfc822AndItsCommonBreakage() {
    assertEquals(at("2026-11-26T22:20:00Z"), FeedDates.parse("Thu, 26 Nov 2026 22:20:00 +0000"));
    assertEquals(at("2026-11-26T14:20:00Z"), FeedDates.parse("Thu, 26 Nov 2026 09:20:00 EST"));
    assertEquals(at("2026-11-26T22:20:00Z"), FeedDates.parse("26 Nov 2026 22:20 GMT"));
    assertEquals(at("2026-11-26T00:00:00Z"), FeedDates.parse("Thursday, 26 November 2026"));
    assertEquals(at("2026-02-18T01:04:46Z"), FeedDates.parse("Wed, 18 Feb 2026 06:34:46 +0530"));
    assertEquals(at("2026-02-18T01:04:46Z"), FeedDates.parse("Wed, 18 Feb 2026 06:34:46 IST"));
    assertEquals(at("2004-01-01T19:48:21Z"), FeedDates.parse("Thu, 01 Jan 04 19:48:21 GMT"));
  }

  @Test
  void readsW3cDtfAndIso8601() {
    assertEquals(at("2026-11-26T08:15:00Z"), FeedDates.parse("2026-11-26T17:15:00+09:00"));
    assertEquals(at("2026-11-26T08:15:00.123Z"), FeedDates.parse("2026-11-26T08:15:00.123Z"));
    assertEquals(at("2026-11-26T08:15:00Z"), FeedDates.parse("2026-11-26 08:15:00"));
    assertEquals(at("2026-11-26T00:00:00Z"), FeedDates.parse("2026-11-26"));
  }

  @Test
  void refusesGarbageInsteadOfGuessing() {
    assertEquals(Optional.empty(), FeedDates.parse(""));
    assertEquals(Optional.empty(), FeedDates.parse("yesterday"));
    assertEquals(Optional.empty(), FeedDates.parse("2026-13-01"));
    assertEquals(Optional.empty(), FeedDates.parse("Thu, 31 Feb 2026 10:00:00 GMT"));
    assertEquals(Optional.empty(), FeedDates.parse("12345"));
    assertEquals(Optional.empty(), FeedDates.parse("x".repeat(500)));
  }
}
