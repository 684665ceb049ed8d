package dev.herald.store;

import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which text each article is summarised from, and why (full article text). Thread-safe. */
public interface ArticleTextStore {
  Optional<TextChoice> find(String articleId);

  /** The choices of the articles with these ids that have one. */
  Map<String, TextChoice> findAll(Collection<String> articleIds);

  /** Inserts or replaces the article's choice. */
  void save(TextChoice choice);

  /** Article ids waiting for their page, oldest decision first. */
  List<String> waiting(int limit);

  /** Per feed, how many articles have each reason. */
  Map<String, Map<TextReason, Integer>> countsByFeed();

  /** The site name the feed's pages give most often, if any page gave one. */
  Optional<String> siteName(String feedId);

  /** The SQL store over {@code db}. */
  static ArticleTextStore sql(Database db) {
    return new SqlArticleTextStore(db);
  }
}
