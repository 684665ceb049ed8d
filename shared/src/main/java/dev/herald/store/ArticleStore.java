package dev.herald.store;

import dev.herald.model.Article;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Articles by id and by each of their identities (guid, canonical URL, title key). */
public interface ArticleStore {
  Optional<Article> find(String id);

  Optional<Article> findByGuid(String feedId, String guid);

  Optional<Article> findByCanonicalUrl(String canonicalUrl);

  /** An article whose identity key (a hash of outlet and normalised title) equals {@code titleKey}. */
  Optional<Article> findByTitleKey(String titleKey);

  /** Inserts or replaces the article with this id. */
  void save(Article article, String titleKey);

  /** Replaces the text the article is summarised from (its page's article body, or its feed text back). */
  void updateText(String id, String text);

  /** The articles with these ids that exist, in no particular order. */
  List<Article> findAll(Collection<String> ids);

  /** Articles published in {@code [from, to)}, oldest first. */
  List<Article> publishedBetween(Instant from, Instant to);

  int count();
}
