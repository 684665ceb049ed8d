package dev.herald.digest;

import dev.herald.feeds.ImageUrls;
import dev.herald.model.Article;
import dev.herald.model.Source;
import dev.herald.model.TextChoice;
import java.util.List;
import java.util.Map;

/**
 * A story's picture: the feed's own thumbnail of the first cited article that has one, else the lead image of the
 * first cited article's page; only URLs {@link ImageUrls#shareable} (https, public host). Stateless.
 */
final class StoryImage {
  private StoryImage() {}

  /** The picture, or empty; {@code sources} in citation order. */
  static String pick(List<Source> sources, Map<String, Article> articles, Map<String, TextChoice> texts) {
    for (Source s : sources) {
      Article a = articles.get(s.articleId());
      if (a != null && ImageUrls.shareable(a.imageUrl())) return a.imageUrl();
    }
    for (Source s : sources) {
      TextChoice t = texts.get(s.articleId());
      if (t != null && ImageUrls.shareable(t.imageUrl())) return t.imageUrl();
    }
    return "";
  }
}
