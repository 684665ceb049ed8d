package dev.herald.store;

import dev.herald.model.AlertRecord;
import dev.herald.model.ChannelKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

final class SqlDeliveryHistoryStore implements DeliveryHistoryStore {
  private final Database db;

  SqlDeliveryHistoryStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<AlertRecord> lastAlert(ChannelKey channel, long storyId) {
    return db.read(c -> Sql.one(c, "SELECT story_version, outlets, topic, growth, alerted_at FROM alert_history"
            + " WHERE channel_key = ? AND story_id = ? ORDER BY alerted_at DESC, story_version DESC LIMIT 1",
        rs -> new AlertRecord(channel, storyId, rs.getInt("story_version"), rs.getInt("outlets"),
            rs.getString("topic"), rs.getInt("growth") == 1, Sql.instant(rs, "alerted_at")),
        channel.toString(), storyId));
  }

  @Override
  public Optional<Instant> lastAlertAt(ChannelKey channel) {
    return db.read(c -> Sql.one(c, "SELECT alerted_at FROM alert_history WHERE channel_key = ?"
        + " ORDER BY alerted_at DESC LIMIT 1", rs -> Sql.instant(rs, "alerted_at"), channel.toString()));
  }

  @Override
  public int alertsSince(ChannelKey channel, Instant since) {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM alert_history WHERE channel_key = ? AND alerted_at >= ?",
        rs -> rs.getInt(1), channel.toString(), since).orElse(0));
  }

  @Override
  public boolean ran(ChannelKey channel, LocalDate date) {
    return db.read(c -> Sql.one(c, "SELECT 1 FROM briefing_runs WHERE channel_key = ? AND local_date = ?",
        rs -> true, channel.toString(), date.toString()).isPresent());
  }

  @Override
  public Optional<BriefingRun> lastRun(ChannelKey channel) {
    return db.read(c -> Sql.one(c, "SELECT local_date, scheduled_for, ran_at, late, stories, outcome"
            + " FROM briefing_runs WHERE channel_key = ? ORDER BY local_date DESC LIMIT 1",
        rs -> run(channel, rs), channel.toString()));
  }

  @Override
  public boolean recordRun(BriefingRun run) {
    return db.write(c -> insertRun(c, run));
  }

  /** Inserts the run unless the day has one; inside the caller's transaction. */
  static boolean insertRun(Connection c, BriefingRun r) throws SQLException {
    return Sql.update(c, "INSERT INTO briefing_runs (channel_key, local_date, scheduled_for, ran_at, late, stories,"
            + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel_key, local_date) DO NOTHING",
        r.channel().toString(), r.date().toString(), r.scheduledFor(), r.ranAt(), r.late(), r.stories(),
        r.outcome().name().toLowerCase(java.util.Locale.ROOT)) == 1;
  }

  private static BriefingRun run(ChannelKey channel, ResultSet rs) throws SQLException {
    return new BriefingRun(channel, LocalDate.parse(rs.getString("local_date")), Sql.instant(rs, "scheduled_for"),
        Sql.instant(rs, "ran_at"), rs.getInt("late") == 1, rs.getInt("stories"),
        BriefingRun.Outcome.valueOf(rs.getString("outcome").toUpperCase(java.util.Locale.ROOT)));
  }
}
