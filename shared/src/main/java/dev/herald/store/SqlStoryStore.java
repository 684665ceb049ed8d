package dev.herald.store;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class SqlStoryStore implements StoryStore {
  private static final String COLUMNS =
      "id, version, created_at, updated_at, newest_article_at, article_count, outlet_count, title";

  private final Database db;

  SqlStoryStore(Database db) {
    this.db = db;
  }

  @Override
  public Story create(Article first, String title, Instant at) {
    return db.write(c -> {
      long id = Sql.nextId(c, "story");
      Sql.update(c, "INSERT INTO stories (" + COLUMNS + ") VALUES (?, 1, ?, ?, ?, 1, 1, ?)",
          id, at, at, first.published(), title);
      Sql.update(c, "INSERT INTO story_articles (article_id, story_id, joined_at, joined_version) VALUES (?, ?, ?, 1)",
          first.id(), id, at);
      return load(c, id).orElseThrow();
    });
  }

  @Override
  public Story addArticle(long storyId, Article article, Instant at) {
    return db.write(c -> {
      // the story's row lock first: two writers growing one story queue here instead of both taking one version
      if (!lock(c, storyId)) throw new StoreException("no story " + storyId);
      int version = load(c, storyId).orElseThrow().version() + 1;
      Sql.update(c, "INSERT INTO story_articles (article_id, story_id, joined_at, joined_version) VALUES (?, ?, ?, ?)",
          article.id(), storyId, at, version);
      refresh(c, storyId, version, at);
      return load(c, storyId).orElseThrow();
    });
  }

  @Override
  public Story merge(long keep, long drop, Instant at) {
    if (keep == drop) throw new IllegalArgumentException("cannot merge story " + keep + " into itself");
    return db.write(c -> {
      // both rows locked, lower id first, so that concurrent merges cannot deadlock or interleave
      if (!lock(c, Math.min(keep, drop))) throw new StoreException("no story " + Math.min(keep, drop));
      if (!lock(c, Math.max(keep, drop))) throw new StoreException("no story " + Math.max(keep, drop));
      int version = load(c, keep).orElseThrow().version() + 1;
      Sql.update(c, "UPDATE story_articles SET story_id = ?, joined_version = ? WHERE story_id = ?", keep, version, drop);
      Sql.update(c, "UPDATE stories SET merged_into = ? WHERE id = ?", keep, drop);
      Sql.update(c, "UPDATE stories SET merged_into = ? WHERE merged_into = ?", keep, drop);
      Sql.update(c, "INSERT INTO story_topics (story_id, topic) SELECT ?, topic FROM story_topics t WHERE story_id = ?"
          + " AND NOT EXISTS (SELECT 1 FROM story_topics u WHERE u.story_id = ? AND u.topic = t.topic)", keep, drop, keep);
      refresh(c, keep, version, at);
      return load(c, keep).orElseThrow();
    });
  }

  @Override
  public Story revise(long storyId, Instant at) {
    return db.write(c -> {
      if (!lock(c, storyId)) throw new StoreException("no story " + storyId);
      Sql.update(c, "UPDATE stories SET version = version + 1, updated_at = ? WHERE id = ?", at, storyId);
      return load(c, storyId).orElseThrow();
    });
  }

  @Override
  public void link(long a, long b, double similarity, Instant at) {
    if (a == b) throw new IllegalArgumentException("cannot link story " + a + " to itself");
    db.write(c -> {
      for (long[] pair : new long[][] {{a, b}, {b, a}}) {
        int updated = Sql.update(c, "UPDATE story_links SET similarity = ?, linked_at = ? WHERE story_id = ?"
            + " AND related_id = ? AND similarity < ?", similarity, at, pair[0], pair[1], similarity);
        if (updated == 0) {
          Sql.update(c, "INSERT INTO story_links (story_id, related_id, similarity, linked_at) SELECT ?, ?, ?, ?"
              + " WHERE NOT EXISTS (SELECT 1 FROM story_links WHERE story_id = ? AND related_id = ?)",
              pair[0], pair[1], similarity, at, pair[0], pair[1]);
        }
      }
      return null;
    });
  }

  @Override
  public List<Story> related(long storyId, int limit) {
    if (limit <= 0) return List.of();
    // merged_into always names a live story (a merge re-points the stories merged into the one it drops)
    return db.read(c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM stories JOIN (SELECT COALESCE(r.merged_into, r.id) AS rid,"
            + " MAX(l.similarity) AS best FROM story_links l JOIN stories r ON r.id = l.related_id"
            + " WHERE l.story_id = ? OR l.story_id IN (SELECT id FROM stories WHERE merged_into = ?)"
            + " GROUP BY COALESCE(r.merged_into, r.id)) x ON x.rid = id"
            + " WHERE merged_into IS NULL AND id <> ? ORDER BY x.best DESC, id DESC LIMIT ?",
        SqlStoryStore::story, storyId, storyId, storyId, limit));
  }

  /** Takes the story's row lock until the transaction ends (a no-op update); false when there is no such story. */
  private static boolean lock(Connection c, long storyId) throws SQLException {
    return Sql.update(c, "UPDATE stories SET version = version WHERE id = ?", storyId) == 1;
  }

  /** Recomputes counts and times from the story's articles. */
  private static void refresh(Connection c, long storyId, int version, Instant at) throws SQLException {
    Sql.update(c,
        "UPDATE stories SET version = ?, updated_at = ?,"
            + " article_count = (SELECT COUNT(*) FROM story_articles WHERE story_id = ?),"
            + " outlet_count = (SELECT COUNT(DISTINCT a.outlet) FROM story_articles sa JOIN articles a"
            + "   ON a.id = sa.article_id WHERE sa.story_id = ?),"
            + " newest_article_at = (SELECT MAX(a.published_at) FROM story_articles sa JOIN articles a"
            + "   ON a.id = sa.article_id WHERE sa.story_id = ?)"
            + " WHERE id = ?",
        version, at, storyId, storyId, storyId, storyId);
  }

  @Override
  public void setTitle(long storyId, String title) {
    db.write(c -> Sql.update(c, "UPDATE stories SET title = ? WHERE id = ?", title, storyId));
  }

  @Override
  public Optional<Story> find(long id) {
    return db.read(c -> load(c, id));
  }

  @Override
  public long resolve(long id) {
    return db.read(c -> Sql.one(c, "SELECT COALESCE(merged_into, id) FROM stories WHERE id = ?",
        rs -> rs.getLong(1), id)).orElse(id);
  }

  private static Optional<Story> load(Connection c, long id) throws SQLException {
    return Sql.one(c, "SELECT " + COLUMNS + " FROM stories WHERE id = ?", SqlStoryStore::story, id);
  }

  @Override
  public Optional<Long> storyOf(String articleId) {
    return db.read(c -> Sql.one(c, "SELECT story_id FROM story_articles WHERE article_id = ?",
        rs -> rs.getLong(1), articleId));
  }

  @Override
  public List<String> articleIds(long storyId) {
    return db.read(c -> Sql.list(c,
        "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY joined_version, joined_at, article_id",
        rs -> rs.getString(1), storyId));
  }

  @Override
  public List<Story> activeSince(Instant since) {
    return db.read(c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM stories WHERE merged_into IS NULL AND newest_article_at >= ?"
            + " ORDER BY newest_article_at DESC, id DESC",
        SqlStoryStore::story, since));
  }

  @Override
  public List<Story> between(Instant from, Instant to) {
    return db.read(c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM stories s WHERE merged_into IS NULL AND " + Coverage.condition(from)
            + " ORDER BY newest_article_at DESC, id DESC",
        SqlStoryStore::story, Coverage.params(from, to).toArray()));
  }

  @Override
  public List<Story> tagged(Collection<String> topics, Instant from, Instant to, int limit) {
    if (topics.isEmpty() || limit <= 0) return List.of();
    List<Object> params = new ArrayList<>(topics);
    params.addAll(Coverage.params(from, to));
    params.add(limit);
    return db.read(c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM stories s WHERE merged_into IS NULL AND id IN (SELECT story_id FROM story_topics"
            + " WHERE topic IN (" + Sql.placeholders(topics.size()) + ")) AND " + Coverage.condition(from)
            + " ORDER BY newest_article_at DESC, id DESC LIMIT ?",
        SqlStoryStore::story, params.toArray()));
  }

  @Override
  public List<Story> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) return List.of();
    List<Story> out = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (List<Long> chunk : Sql.chunks(all)) {
      out.addAll(db.read(c -> Sql.list(c,
          "SELECT " + COLUMNS + " FROM stories WHERE merged_into IS NULL AND id IN ("
              + Sql.placeholders(chunk.size()) + ")",
          SqlStoryStore::story, chunk.toArray())));
    }
    return out;
  }

  @Override
  public java.util.Set<String> feedIds(long storyId) {
    List<String> ids = db.read(c -> Sql.list(c,
        "SELECT DISTINCT a.feed_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            + " WHERE sa.story_id = ?", rs -> rs.getString(1), storyId));
    return new java.util.TreeSet<>(ids);
  }

  @Override
  public void setTopics(long storyId, Collection<String> topics) {
    db.write(c -> {
      Sql.update(c, "DELETE FROM story_topics WHERE story_id = ?", storyId);
      for (String t : topics.stream().distinct().sorted().toList()) {
        Sql.update(c, "INSERT INTO story_topics (story_id, topic) VALUES (?, ?) ON CONFLICT (story_id, topic)"
            + " DO NOTHING", storyId, t);
      }
      return null;
    });
  }

  @Override
  public List<String> topics(long storyId) {
    return db.read(c -> Sql.list(c, "SELECT topic FROM story_topics WHERE story_id = ? ORDER BY topic",
        rs -> rs.getString(1), storyId));
  }

  @Override
  public int count() {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM stories WHERE merged_into IS NULL", rs -> rs.getInt(1))
        .orElse(0));
  }

  static Story story(ResultSet rs) throws SQLException {
    return new Story(
        rs.getLong("id"),
        rs.getInt("version"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        Sql.instant(rs, "newest_article_at"),
        rs.getInt("article_count"),
        rs.getInt("outlet_count"),
        rs.getString("title"));
  }
}
