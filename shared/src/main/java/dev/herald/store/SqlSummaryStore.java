package dev.herald.store;

import dev.herald.model.Section;
import dev.herald.model.StorySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

final class SqlSummaryStore implements SummaryStore {
  private static final String COLUMNS = "story_id, story_version, title, content_json, method, created_at, image_url";
  private final Database db;

  SqlSummaryStore(Database db) {
    this.db = db;
  }

  @Override
  public void save(StorySummary s) {
    String json = SummaryJson.write(s.sections(), s.sources());
    db.write(c -> Sql.update(c, "INSERT INTO summaries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (story_id, story_version) DO UPDATE SET title = excluded.title,"
            + " content_json = excluded.content_json, method = excluded.method, created_at = excluded.created_at,"
            + " image_url = excluded.image_url",
        s.storyId(), s.storyVersion(), s.title(), json, s.method(), s.createdAt(), s.imageUrl()));
  }

  @Override
  public Optional<StorySummary> latest(long storyId) {
    return db.read(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM summaries WHERE story_id = ? ORDER BY story_version DESC LIMIT 1",
        SqlSummaryStore::summary, storyId));
  }

  @Override
  public int latestVersion(long storyId) {
    return db.read(c -> Sql.one(c, "SELECT MAX(story_version) FROM summaries WHERE story_id = ?",
        r -> r.getInt(1), storyId)).orElse(0);
  }

  @Override
  public Optional<StorySummary> find(long storyId, int version) {
    return db.read(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM summaries WHERE story_id = ? AND story_version = ?",
        SqlSummaryStore::summary, storyId, version));
  }

  private static StorySummary summary(ResultSet rs) throws SQLException {
    SummaryJson.Content content = SummaryJson.read(rs.getString("content_json"));
    return new StorySummary(
        rs.getLong("story_id"),
        rs.getInt("story_version"),
        rs.getString("title"),
        content.sections().stream().map(s -> new Section(s.heading(), s.sentences())).toList(),
        content.sources(),
        rs.getString("method"),
        Sql.instant(rs, "created_at"),
        rs.getString("image_url"));
  }
}
