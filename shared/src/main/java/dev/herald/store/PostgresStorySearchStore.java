package dev.herald.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@link StorySearchStore} on PostgreSQL: a {@code tsvector} per story (headline weighted above the body, English
 * stemming) behind a GIN index, ranked by {@code ts_rank}. Diacritics are folded before text is stored or searched,
 * as SQLite's tokenizer does. English stop words ("the", "of") are ignored in queries, where FTS5 would match them.
 */
final class PostgresStorySearchStore implements StorySearchStore {
  /** ts_rank weights {D, C, B, A}: a word in the headline (A) counts five times one in the body (B). */
  private static final String RANK = "ts_rank('{0.1, 0.1, 0.2, 1.0}', q.document, t.query)";
  private static final String STORY_COLUMNS =
      "s.id, s.version, s.created_at, s.updated_at, s.newest_article_at, s.article_count, s.outlet_count, s.title";

  private final Database db;

  PostgresStorySearchStore(Database db) {
    this.db = db;
  }

  @Override
  public void append(long storyId, String title, String text) {
    String added = SearchWords.fold(title + "\n" + text);
    // one statement, so that two writers appending to a new story never both insert it
    db.write(c -> Sql.update(c, "INSERT INTO story_search (story_id, title, body) VALUES (?, ?, left(?, ?))"
            + " ON CONFLICT (story_id) DO UPDATE SET body = left(story_search.body || ?, ?)"
            + " WHERE length(story_search.body) < ?",
        storyId, SearchWords.fold(title), added, MAX_BODY_CHARS, "\n" + added, MAX_BODY_CHARS, MAX_BODY_CHARS));
  }

  @Override
  public void merge(long keep, long drop) {
    db.write(c -> {
      List<String[]> rows = Sql.list(c, "SELECT story_id, title, body FROM story_search WHERE story_id IN (?, ?)"
              + " ORDER BY story_id FOR UPDATE",
          rs -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3)}, keep, drop);
      Optional<String[]> dropped = row(rows, drop);
      if (dropped.isEmpty()) return null;
      if (row(rows, keep).isPresent()) {
        Sql.update(c, "UPDATE story_search SET body = left(body || ?, ?) WHERE story_id = ?",
            "\n" + dropped.get()[2], MAX_BODY_CHARS, keep);
      } else {
        Sql.update(c, "INSERT INTO story_search (story_id, title, body) VALUES (?, ?, ?)", keep, dropped.get()[1],
            dropped.get()[2]);
      }
      Sql.update(c, "DELETE FROM story_search WHERE story_id = ?", drop);
      return null;
    });
  }

  private static Optional<String[]> row(List<String[]> rows, long id) {
    return rows.stream().filter(r -> r[0].equals(Long.toString(id))).findFirst();
  }

  @Override
  public List<StoryHit> search(List<String> words, boolean matchAll, Instant from, Instant to, int limit) {
    List<String> clean = SearchWords.clean(words);
    if (clean.isEmpty() || limit <= 0) return List.of();
    // each word its own plainto_tsquery: bound text, never query syntax; stemmed like the documents
    String query = String.join(matchAll ? " && " : " || ",
        Collections.nCopies(clean.size(), "plainto_tsquery('english', ?)"));
    List<Object> params = new ArrayList<>();
    for (String w : clean) params.add(SearchWords.fold(w));
    params.addAll(Coverage.params(from, to));
    params.add(limit);
    return db.read(c -> Sql.list(c,
        "SELECT " + STORY_COLUMNS + ", " + RANK + " AS relevance FROM story_search q JOIN stories s"
            + " ON s.id = q.story_id CROSS JOIN (SELECT " + query + " AS query) t"
            + " WHERE q.document @@ t.query AND s.merged_into IS NULL"
            + " AND " + Coverage.condition(from) + " ORDER BY relevance DESC, s.id LIMIT ?",
        rs -> new StoryHit(SqlStoryStore.story(rs), rs.getDouble("relevance")), params.toArray()));
  }

}
