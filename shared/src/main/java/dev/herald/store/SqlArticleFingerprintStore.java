package dev.herald.store;

import dev.herald.model.FingerprintMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

final class SqlArticleFingerprintStore implements ArticleFingerprintStore {
  private final Database db;

  SqlArticleFingerprintStore(Database db) {
    this.db = db;
  }

  @Override
  public void replace(String articleId, String feedId, Instant published, long titleHash, List<Long> textHashes) {
    db.write(c -> {
      Sql.update(c, "DELETE FROM article_fingerprints WHERE article_id = ?", articleId);
      String insert = "INSERT INTO article_fingerprints (article_id, kind, value, feed_id, published_at)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, kind, value) DO NOTHING";
      Sql.update(c, insert, articleId, "t", titleHash, feedId, published);
      for (long h : new LinkedHashSet<>(textHashes)) Sql.update(c, insert, articleId, "m", h, feedId, published);
      return null;
    });
  }

  @Override
  public List<FingerprintMatch> matches(
      String excludeFeedId, long titleHash, List<Long> textHashes, Instant from, Instant to, int limit) {
    List<Object> params = new ArrayList<>();
    params.add(titleHash);
    params.addAll(textHashes);
    params.add(excludeFeedId);
    params.add(from);
    params.add(to);
    String sql = "SELECT article_id, kind, COUNT(*) AS n FROM article_fingerprints WHERE value IN ("
        + Sql.placeholders(1 + textHashes.size()) + ") AND feed_id <> ? AND published_at >= ? AND published_at <= ?"
        + " GROUP BY article_id, kind";
    List<Object[]> rows = db.read(c -> Sql.list(c, sql,
        rs -> new Object[] {rs.getString("article_id"), rs.getString("kind"), rs.getInt("n")}, params.toArray()));
    Map<String, int[]> byArticle = new HashMap<>();
    for (Object[] r : rows) {
      int[] counts = byArticle.computeIfAbsent((String) r[0], k -> new int[2]);
      if ("t".equals(r[1])) counts[0] = 1;
      else counts[1] += (Integer) r[2];
    }
    List<FingerprintMatch> out = new ArrayList<>();
    byArticle.forEach((id, n) -> out.add(new FingerprintMatch(id, n[0] > 0, n[1])));
    out.sort((a, b) -> Integer.compare(score(b), score(a)));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static int score(FingerprintMatch m) {
    return m.sharedTextHashes() * 2 + (m.sameTitle() ? 3 : 0);
  }
}
