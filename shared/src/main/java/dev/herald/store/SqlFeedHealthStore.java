package dev.herald.store;

import dev.herald.model.FeedHealth;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class SqlFeedHealthStore implements FeedHealthStore {
  private static final String COLUMNS = "feed_id, consecutive_failures, last_error, last_attempt_at, last_success_at,"
      + " next_attempt_at, disabled, etag, last_modified, item_count";

  private final Database db;

  SqlFeedHealthStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<FeedHealth> find(String feedId) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM feed_health WHERE feed_id = ?",
        SqlFeedHealthStore::health, feedId));
  }

  @Override
  public void save(FeedHealth h) {
    db.write(c -> Sql.update(c, "INSERT INTO feed_health (" + COLUMNS + ") VALUES (" + Sql.placeholders(10) + ")"
            + " ON CONFLICT (feed_id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,"
            + " last_error = excluded.last_error, last_attempt_at = excluded.last_attempt_at,"
            + " last_success_at = excluded.last_success_at, next_attempt_at = excluded.next_attempt_at,"
            + " disabled = excluded.disabled, etag = excluded.etag, last_modified = excluded.last_modified,"
            + " item_count = excluded.item_count",
        h.feedId(), h.consecutiveFailures(), h.lastError(), h.lastAttemptAt().orElse(null),
        h.lastSuccessAt().orElse(null), h.nextAttemptAt().orElse(null), h.disabled(), h.etag(),
        h.lastModified(), h.itemCount()));
  }

  @Override
  public void delete(String feedId) {
    db.write(c -> {
      Sql.update(c, "DELETE FROM feed_checks WHERE feed_id = ?", feedId);
      return Sql.update(c, "DELETE FROM feed_health WHERE feed_id = ?", feedId);
    });
  }

  @Override
  public void requestCheck(Collection<String> feedIds, Instant at) {
    if (feedIds.isEmpty()) return;
    db.write(c -> {
      for (String id : feedIds) {
        Sql.update(c, "INSERT INTO feed_checks (feed_id, requested_at) VALUES (?, ?) ON CONFLICT (feed_id)"
            + " DO UPDATE SET requested_at = excluded.requested_at", id, at);
      }
      return null;
    });
  }

  @Override
  public Set<String> checksRequested() {
    return new HashSet<>(db.read(c -> Sql.list(c, "SELECT feed_id FROM feed_checks", rs -> rs.getString(1))));
  }

  @Override
  public void checked(Collection<String> feedIds, Instant startedAt) {
    if (feedIds.isEmpty()) return;
    db.write(c -> {
      for (String id : feedIds) {
        Sql.update(c, "DELETE FROM feed_checks WHERE feed_id = ? AND requested_at <= ?", id, startedAt);
      }
      return null;
    });
  }

  @Override
  public List<FeedHealth> all() {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM feed_health ORDER BY feed_id",
        SqlFeedHealthStore::health));
  }

  private static FeedHealth health(ResultSet rs) throws SQLException {
    return new FeedHealth(rs.getString("feed_id"), rs.getInt("consecutive_failures"), rs.getString("last_error"),
        optionalInstant(rs, "last_attempt_at"), optionalInstant(rs, "last_success_at"),
        optionalInstant(rs, "next_attempt_at"), rs.getInt("disabled") != 0, rs.getString("etag"),
        rs.getString("last_modified"), rs.getInt("item_count"));
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
