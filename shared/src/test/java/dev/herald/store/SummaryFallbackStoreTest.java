package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.SummaryFallback;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFallbackStoreTest {
  static final Instant T = Instant.parse("2026-11-26T09:00:00Z");

  @Test
  void countsSinceATimeAndKeepsTheLatest(@TempDir Path dir) {
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      SummaryFallbackStore store = SummaryFallbackStore.sql(db);
      assertEquals(Optional.empty(), store.latest());
      store.record(new SummaryFallback(1, 1, "timed out", T));
      store.record(new SummaryFallback(2, 3, "reply is not valid JSON", T.plusSeconds(60)));
      assertEquals(2, store.countSince(T));
      assertEquals(1, store.countSince(T.plusSeconds(1)));
      assertEquals(Optional.of(new SummaryFallback(2, 3, "reply is not valid JSON", T.plusSeconds(60))), store.latest());
    }
  }

  @Test
  void aRunawayReasonIsCut() {
    try (Database db = Database.inMemory()) {
      SummaryFallbackStore store = SummaryFallbackStore.sql(db);
      store.record(new SummaryFallback(1, 1, "x".repeat(2000), T));
      assertEquals(SqlSummaryFallbackStore.MAX_REASON, store.latest().orElseThrow().reason().length());
    }
  }
}
