package dev.herald.articles;

import dev.herald.model.Article;
import dev.herald.store.ArticleStore;
import java.util.Optional;

/**
 * Finds the stored article a cleaned item is, by its first identity: the feed's guid, else the canonical URL, else
 * a hash of the feed and the normalised title. Two guarded fallbacks keep re-fetches from becoming new articles: an
 * item whose guid changed is still the article with its URL and title; and an item whose URL another feed already
 * brought in is that article (the same page), reported as seen elsewhere and never stored twice. Items of one feed
 * that share a URL but differ in guid and title (live blogs) stay separate. Thread-safe when the store is.
 */
final class ArticleIdentity {
  private final ArticleStore articles;

  ArticleIdentity(ArticleStore articles) {
    this.articles = articles;
  }

  /** What the item is: an existing article of this feed, a page another feed brought in, or new. */
  sealed interface Match permits Same, Elsewhere, New {}

  record Same(Article article) implements Match {}

  record Elsewhere(Article article) implements Match {}

  record New(String id) implements Match {}

  Match resolve(String feedId, CleanItem item, String titleKey) {
    if (!item.guid().isEmpty()) {
      Optional<Article> byGuid = articles.findByGuid(feedId, item.guid());
      if (byGuid.isPresent()) return new Same(byGuid.get());
    }
    if (!item.canonicalUrl().isEmpty()) {
      Optional<Article> byUrl = articles.findByCanonicalUrl(item.canonicalUrl());
      if (byUrl.isPresent()) {
        Article a = byUrl.get();
        if (!a.feedId().equals(feedId)) return new Elsewhere(a);
        boolean sameTitle = TitleKey.normalise(a.title()).equals(TitleKey.normalise(item.title()));
        if (item.guid().isEmpty() || a.guid().isEmpty() || sameTitle) return new Same(a);
      }
    } else if (item.guid().isEmpty()) {
      Optional<Article> byTitle = articles.findByTitleKey(titleKey);
      if (byTitle.isPresent() && byTitle.get().feedId().equals(feedId)) return new Same(byTitle.get());
    }
    return new New(newId(feedId, item, titleKey));
  }

  /** A stable id from the item's first identity: 32 hex chars of a sha-256. */
  static String newId(String feedId, CleanItem item, String titleKey) {
    String identity = !item.guid().isEmpty() ? "g:" + item.guid()
        : !item.canonicalUrl().isEmpty() ? "u:" + item.canonicalUrl() : "t:" + titleKey;
    return TitleKey.sha256(feedId + "\n" + identity).substring(0, 32);
  }
}
