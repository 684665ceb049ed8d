package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.SummaryFallback;
import dev.herald.store.Database;
import dev.herald.store.SummaryFallbackStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackStatusTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void countsTheLastDayAndShowsTheLatestReason() {
    try (Database db = Database.inMemory()) {
      SummaryFallbackStore store = SummaryFallbackStore.sql(db);
      FallbackStatus status = new FallbackStatus(store, Clock.fixed(NOW, ZoneOffset.UTC));
      assertEquals(List.of("Language-model summaries that fell back to extractive in the last 24 h: 0"), status.lines());
      store.record(new SummaryFallback(3, 1, "timed out", NOW.minusSeconds(90_000)));
      store.record(new SummaryFallback(9, 2, "reply is not valid JSON", NOW.minusSeconds(600)));
      assertEquals(1, status.lastDay());
      assertEquals(List.of("Language-model summaries that fell back to extractive in the last 24 h: 1",
          "Latest: story 9 v2 at 2026-11-27T07:50:00Z: reply is not valid JSON"), status.lines());
    }
  }
}
