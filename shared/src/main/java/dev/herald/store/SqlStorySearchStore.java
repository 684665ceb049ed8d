package dev.herald.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link StorySearchStore} on SQLite FTS5 ({@code story_search}, rowid = story id), ranked by BM25. */
final class SqlStorySearchStore implements StorySearchStore {
  /** BM25 column weights: a word in the headline counts five times one in the body. */
  private static final String RANK = "bm25(story_search, 5.0, 1.0)";
  private static final String STORY_COLUMNS =
      "s.id, s.version, s.created_at, s.updated_at, s.newest_article_at, s.article_count, s.outlet_count, s.title";

  private final Database db;

  SqlStorySearchStore(Database db) {
    this.db = db;
  }

  @Override
  public void append(long storyId, String title, String text) {
    db.write(c -> {
      Optional<String> body = Sql.one(c, "SELECT body FROM story_search WHERE rowid = ?", rs -> rs.getString(1),
          storyId);
      if (body.isEmpty()) {
        Sql.update(c, "INSERT INTO story_search (rowid, title, body) VALUES (?, ?, ?)", storyId, title,
            cap(title + "\n" + text));
      } else if (body.get().length() < MAX_BODY_CHARS) {
        Sql.update(c, "UPDATE story_search SET body = ? WHERE rowid = ?",
            cap(body.get() + "\n" + title + "\n" + text), storyId);
      }
      return null;
    });
  }

  @Override
  public void merge(long keep, long drop) {
    db.write(c -> {
      Optional<String> dropped = Sql.one(c, "SELECT body FROM story_search WHERE rowid = ?", rs -> rs.getString(1),
          drop);
      if (dropped.isEmpty()) return null;
      Optional<String> kept = Sql.one(c, "SELECT body FROM story_search WHERE rowid = ?", rs -> rs.getString(1),
          keep);
      if (kept.isPresent()) {
        Sql.update(c, "UPDATE story_search SET body = ? WHERE rowid = ?", cap(kept.get() + "\n" + dropped.get()),
            keep);
      } else {
        Sql.update(c, "INSERT INTO story_search (rowid, title, body) SELECT ?, title, body FROM story_search"
            + " WHERE rowid = ?", keep, drop);
      }
      Sql.update(c, "DELETE FROM story_search WHERE rowid = ?", drop);
      return null;
    });
  }

  @Override
  public List<StoryHit> search(List<String> words, boolean matchAll, Instant from, Instant to, int limit) {
    String query = ftsQuery(words, matchAll);
    if (query.isEmpty() || limit <= 0) return List.of();
    List<Object> params = new ArrayList<>();
    params.add(query);
    params.addAll(Coverage.params(from, to));
    params.add(limit);
    return db.read(c -> Sql.list(c,
        "SELECT " + STORY_COLUMNS + ", " + RANK + " AS rank FROM story_search JOIN stories s"
            + " ON s.id = story_search.rowid WHERE story_search MATCH ? AND s.merged_into IS NULL"
            + " AND " + Coverage.condition(from) + " ORDER BY rank, s.id LIMIT ?",
        rs -> new StoryHit(SqlStoryStore.story(rs), -rs.getDouble("rank")), params.toArray()));
  }

  /** Each word quoted as an FTS5 string, joined by AND or OR; characters other than letters and digits dropped. */
  static String ftsQuery(List<String> words, boolean matchAll) {
    List<String> parts = new ArrayList<>();
    for (String w : SearchWords.clean(words)) parts.add("\"" + w + "\"");
    return String.join(matchAll ? " AND " : " OR ", parts);
  }

  private static String cap(String body) {
    if (body.length() <= MAX_BODY_CHARS) return body;
    int end = Character.isLowSurrogate(body.charAt(MAX_BODY_CHARS)) ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
    return body.substring(0, end);
  }
}
