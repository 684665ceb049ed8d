package dev.herald.store;

import dev.herald.model.SummaryFallback;
import java.time.Instant;
import java.util.Optional;

/** Language-model summaries that fell back to the extractive summarizer, for status figures. Thread-safe. */
public interface SummaryFallbackStore {
  void record(SummaryFallback fallback);

  /** How many fallbacks happened at or after {@code since}. */
  int countSince(Instant since);

  /** The most recent fallback. */
  Optional<SummaryFallback> latest();

  /** The SQL store over {@code db}. */
  static SummaryFallbackStore sql(Database db) {
    return new SqlSummaryFallbackStore(db);
  }
}
