package dev.herald.store;

import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class SqlArticleTextStore implements ArticleTextStore {
  private static final String COLUMNS = "article_id, feed_id, reason, feed_text, page_url, site_name, image_url,"
      + " author, detail, attempts, decided_at";
  /** Details are one line for operators; a runaway error message is cut here. */
  private static final int MAX_DETAIL = 300;

  private final Database db;

  SqlArticleTextStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<TextChoice> find(String articleId) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM article_texts WHERE article_id = ?",
        SqlArticleTextStore::choice, articleId));
  }

  @Override
  public Map<String, TextChoice> findAll(Collection<String> articleIds) {
    List<String> all = List.copyOf(articleIds);
    Map<String, TextChoice> out = new LinkedHashMap<>();
    for (List<String> chunk : Sql.chunks(all)) {
      db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM article_texts WHERE article_id IN ("
          + Sql.placeholders(chunk.size()) + ")", SqlArticleTextStore::choice, chunk.toArray()))
          .forEach(t -> out.put(t.articleId(), t));
    }
    return out;
  }

  @Override
  public void save(TextChoice t) {
    String detail = t.detail().length() > MAX_DETAIL ? t.detail().substring(0, MAX_DETAIL) : t.detail();
    db.write(c -> Sql.update(c, "INSERT INTO article_texts (" + COLUMNS + ") VALUES (" + Sql.placeholders(11) + ")"
            + " ON CONFLICT (article_id) DO UPDATE SET feed_id = excluded.feed_id, reason = excluded.reason,"
            + " feed_text = excluded.feed_text, page_url = excluded.page_url, site_name = excluded.site_name,"
            + " image_url = excluded.image_url, author = excluded.author, detail = excluded.detail,"
            + " attempts = excluded.attempts, decided_at = excluded.decided_at",
        t.articleId(), t.feedId(), t.reason().code(), t.feedText(), t.pageUrl(), t.siteName(), t.imageUrl(),
        t.author(), detail, t.attempts(), t.decidedAt()));
  }

  @Override
  public List<String> waiting(int limit) {
    return db.read(c -> Sql.list(c, "SELECT article_id FROM article_texts WHERE reason = ?"
        + " ORDER BY decided_at, article_id LIMIT ?", rs -> rs.getString(1), TextReason.WAITING.code(), limit));
  }

  @Override
  public Map<String, Map<TextReason, Integer>> countsByFeed() {
    record Count(String feedId, String reason, int n) {}
    Map<String, Map<TextReason, Integer>> out = new TreeMap<>();
    for (Count count : db.read(c -> Sql.list(c,
        "SELECT feed_id, reason, COUNT(*) FROM article_texts GROUP BY feed_id, reason",
        rs -> new Count(rs.getString(1), rs.getString(2), rs.getInt(3))))) {
      TextReason.of(count.reason()).ifPresent(r -> out.computeIfAbsent(count.feedId(), f -> new TreeMap<>())
          .merge(r, count.n(), Integer::sum));
    }
    return out;
  }

  @Override
  public Optional<String> siteName(String feedId) {
    return db.read(c -> Sql.one(c, "SELECT site_name FROM article_texts WHERE feed_id = ? AND site_name <> ''"
        + " GROUP BY site_name ORDER BY COUNT(*) DESC, site_name LIMIT 1", rs -> rs.getString(1), feedId));
  }

  private static TextChoice choice(ResultSet rs) throws SQLException {
    return new TextChoice(rs.getString("article_id"), rs.getString("feed_id"),
        TextReason.of(rs.getString("reason")).orElse(TextReason.FAILED), rs.getString("feed_text"),
        rs.getString("page_url"), rs.getString("site_name"), rs.getString("image_url"), rs.getString("author"),
        rs.getString("detail"), rs.getInt("attempts"), Sql.instant(rs, "decided_at"));
  }
}
