package dev.herald.store;

import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.WorkspaceKey;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

final class SqlFeedStore implements FeedStore {
  private static final String COLUMNS = "id, scope, name, url, topics, poll_minutes";

  private final Database db;
  private final Clock clock;

  SqlFeedStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void add(FeedSource f) {
    if (f.scope().isInstance()) throw new IllegalArgumentException("instance feeds live in config: " + f.id());
    db.write(c -> Sql.update(c, "INSERT INTO feeds (" + COLUMNS + ", created_at) VALUES (" + Sql.placeholders(7) + ")",
        f.id(), f.scope().key(), f.name(), f.url().toString(), String.join(",", f.topics()),
        (int) f.pollInterval().toMinutes(), clock.instant()));
  }

  @Override
  public boolean remove(WorkspaceKey workspace, String feedId) {
    return db.write(c -> Sql.update(c, "DELETE FROM feeds WHERE id = ? AND scope = ?", feedId,
        FeedScope.of(workspace).key())) > 0;
  }

  @Override
  public Optional<FeedSource> find(String feedId) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM feeds WHERE id = ?", SqlFeedStore::feed, feedId));
  }

  @Override
  public List<FeedSource> forWorkspace(WorkspaceKey workspace) {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM feeds WHERE scope = ? ORDER BY created_at, id",
        SqlFeedStore::feed, FeedScope.of(workspace).key()));
  }

  @Override
  public List<FeedSource> all() {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM feeds ORDER BY scope, created_at, id",
        SqlFeedStore::feed));
  }

  private static FeedSource feed(ResultSet rs) throws SQLException {
    String topics = rs.getString("topics");
    return new FeedSource(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("url")),
        topics.isEmpty() ? List.of() : Arrays.asList(topics.split(",")), FeedScope.parse(rs.getString("scope")),
        Duration.ofMinutes(rs.getInt("poll_minutes")));
  }
}
