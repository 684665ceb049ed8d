package dev.herald.stories;

import dev.herald.model.Article;
import java.time.Instant;

/** Small hand-made articles for the stories tests. */
final class TestArticles {
  private TestArticles() {}

  static Article article(String id, String outlet, String title, String text, String published) {
    Instant at = Instant.parse(published);
    String feed = outlet.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Article(id, feed, outlet, title, "", "", id, at, false, at, "", text, "", "");
  }

  static Article headline(String id, String outlet, String title, String published) {
    return article(id, outlet, title, "", published);
  }
}
