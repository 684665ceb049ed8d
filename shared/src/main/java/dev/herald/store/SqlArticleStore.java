package dev.herald.store;

import dev.herald.model.Article;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class SqlArticleStore implements ArticleStore {
  private static final String COLUMNS =
      "id, feed_id, outlet, title, url, canonical_url, guid, published_at, date_estimated, fetched_at, description,"
          + " body_text, image_url, near_duplicate_of";

  private final Database db;
  private final Clock clock;

  SqlArticleStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Optional<Article> find(String id) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM articles WHERE id = ?", SqlArticleStore::article, id));
  }

  @Override
  public Optional<Article> findByGuid(String feedId, String guid) {
    return db.read(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM articles WHERE feed_id = ? AND guid = ? ORDER BY fetched_at LIMIT 1",
        SqlArticleStore::article, feedId, guid));
  }

  @Override
  public Optional<Article> findByCanonicalUrl(String canonicalUrl) {
    return db.read(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM articles WHERE canonical_url = ? ORDER BY fetched_at LIMIT 1",
        SqlArticleStore::article, canonicalUrl));
  }

  @Override
  public Optional<Article> findByTitleKey(String titleKey) {
    return db.read(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM articles WHERE title_key = ? ORDER BY fetched_at LIMIT 1",
        SqlArticleStore::article, titleKey));
  }

  @Override
  public void save(Article a, String titleKey) {
    // one atomic upsert: two instances saving the same article never both insert it
    db.write(c -> Sql.update(c,
        "INSERT INTO articles (" + COLUMNS + ", title_key, updated_at) VALUES (" + Sql.placeholders(16) + ")"
            + " ON CONFLICT (id) DO UPDATE SET feed_id = excluded.feed_id, outlet = excluded.outlet,"
            + " title = excluded.title, url = excluded.url, canonical_url = excluded.canonical_url,"
            + " guid = excluded.guid, published_at = excluded.published_at, date_estimated = excluded.date_estimated,"
            + " fetched_at = excluded.fetched_at, description = excluded.description, body_text = excluded.body_text,"
            + " image_url = excluded.image_url, near_duplicate_of = excluded.near_duplicate_of,"
            + " title_key = excluded.title_key, updated_at = excluded.updated_at",
        a.id(), a.feedId(), a.outlet(), a.title(), a.url(), a.canonicalUrl(), a.guid(), a.published(),
        a.dateEstimated(), a.fetchedAt(), a.description(), a.text(), a.imageUrl(),
        emptyToNull(a.nearDuplicateOf()), titleKey, clock.instant()));
  }

  @Override
  public void updateText(String id, String text) {
    db.write(c -> Sql.update(c, "UPDATE articles SET body_text = ?, updated_at = ? WHERE id = ?", text,
        clock.instant(), id));
  }

  @Override
  public List<Article> findAll(Collection<String> ids) {
    if (ids.isEmpty()) return List.of();
    List<String> all = List.copyOf(ids);
    List<Article> out = new ArrayList<>();
    for (List<String> chunk : Sql.chunks(all)) {
      out.addAll(db.read(c -> Sql.list(c,
          "SELECT " + COLUMNS + " FROM articles WHERE id IN (" + Sql.placeholders(chunk.size()) + ")",
          SqlArticleStore::article, chunk.toArray())));
    }
    return out;
  }

  @Override
  public List<Article> publishedBetween(Instant from, Instant to) {
    return db.read(c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM articles WHERE published_at >= ? AND published_at < ? ORDER BY published_at, id",
        SqlArticleStore::article, from, to));
  }

  @Override
  public int count() {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM articles", rs -> rs.getInt(1)).orElse(0));
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  static Article article(ResultSet rs) throws SQLException {
    String dup = rs.getString("near_duplicate_of");
    return new Article(
        rs.getString("id"),
        rs.getString("feed_id"),
        rs.getString("outlet"),
        rs.getString("title"),
        rs.getString("url"),
        rs.getString("canonical_url"),
        rs.getString("guid"),
        Sql.instant(rs, "published_at"),
        rs.getInt("date_estimated") != 0,
        Sql.instant(rs, "fetched_at"),
        rs.getString("description"),
        rs.getString("body_text"),
        rs.getString("image_url"),
        dup == null ? "" : dup);
  }
}
