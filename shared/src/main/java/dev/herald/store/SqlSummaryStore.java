package dev.herald.store;

import dev.herald.model.FeedScope;
import dev.herald.model.Section;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

final class SqlSummaryStore implements SummaryStore {
  private static final String COLUMNS = "story_id, story_version, title, content_json, method, created_at, image_url";
  private static final String INSTANCE = FeedScope.INSTANCE.key();
  /** The reader's own scope first at equal versions. */
  private static final String READER_ORDER = " ORDER BY story_version DESC,"
      + " CASE WHEN scope = '" + INSTANCE + "' THEN 1 ELSE 0 END LIMIT 1";
  private final Database db;

  SqlSummaryStore(Database db) {
    this.db = db;
  }

  @Override
  public void save(StorySummary s, FeedScope scope) {
    String json = SummaryJson.write(s.sections(), s.sources());
    db.write(c -> Sql.update(c, "INSERT INTO summaries (" + COLUMNS + ", scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (story_id, story_version, scope) DO UPDATE SET title = excluded.title,"
            + " content_json = excluded.content_json, method = excluded.method, created_at = excluded.created_at,"
            + " image_url = excluded.image_url",
        s.storyId(), s.storyVersion(), s.title(), json, s.method(), s.createdAt(), s.imageUrl(), scope.key()));
  }

  @Override
  public Optional<StorySummary> latestOf(long storyId, FeedScope scope) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM summaries WHERE story_id = ? AND scope = ?"
        + " ORDER BY story_version DESC LIMIT 1", SqlSummaryStore::summary, storyId, scope.key()));
  }

  @Override
  public Optional<StorySummary> latest(long storyId, WorkspaceKey reader) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM summaries WHERE story_id = ? AND scope IN (?, ?)"
        + READER_ORDER, SqlSummaryStore::summary, storyId, INSTANCE, reader.toString()));
  }

  @Override
  public int latestVersion(long storyId, WorkspaceKey reader) {
    return db.read(c -> Sql.one(c, "SELECT MAX(story_version) FROM summaries WHERE story_id = ? AND scope IN (?, ?)",
        r -> r.getInt(1), storyId, INSTANCE, reader.toString())).orElse(0);
  }

  @Override
  public Optional<StorySummary> find(long storyId, int version, Optional<WorkspaceKey> reader) {
    String scope = reader.map(WorkspaceKey::toString).orElse(INSTANCE);
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM summaries WHERE story_id = ? AND story_version = ?"
        + " AND scope IN (?, ?)" + READER_ORDER, SqlSummaryStore::summary, storyId, version, INSTANCE, scope));
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
