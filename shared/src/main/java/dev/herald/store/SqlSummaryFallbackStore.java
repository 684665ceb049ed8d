package dev.herald.store;

import dev.herald.model.SummaryFallback;
import java.time.Instant;
import java.util.Optional;

final class SqlSummaryFallbackStore implements SummaryFallbackStore {
  /** Reasons are one line for operators; a runaway error message is cut here. */
  static final int MAX_REASON = 500;
  private final Database db;

  SqlSummaryFallbackStore(Database db) {
    this.db = db;
  }

  @Override
  public void record(SummaryFallback f) {
    String reason = f.reason().length() > MAX_REASON ? f.reason().substring(0, MAX_REASON) : f.reason();
    db.write(c -> Sql.update(c,
        "INSERT INTO summary_fallbacks (story_id, story_version, reason, occurred_at) VALUES (?, ?, ?, ?)",
        f.storyId(), f.storyVersion(), reason, f.at()));
  }

  @Override
  public int countSince(Instant since) {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM summary_fallbacks WHERE occurred_at >= ?", rs -> rs.getInt(1), since))
        .orElse(0);
  }

  @Override
  public Optional<SummaryFallback> latest() {
    return db.read(c -> Sql.one(c,
        "SELECT story_id, story_version, reason, occurred_at FROM summary_fallbacks ORDER BY occurred_at DESC LIMIT 1",
        rs -> new SummaryFallback(rs.getLong("story_id"), rs.getInt("story_version"), rs.getString("reason"),
            Sql.instant(rs, "occurred_at"))));
  }
}
