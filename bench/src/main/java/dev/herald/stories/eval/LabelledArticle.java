package dev.herald.stories.eval;

import dev.herald.model.Article;
import java.util.Objects;

/** An article with the gold story it belongs to. */
public record LabelledArticle(Article article, String label) {
  public LabelledArticle {
    Objects.requireNonNull(article, "article == null");
    Objects.requireNonNull(label, "label == null");
  }
}
