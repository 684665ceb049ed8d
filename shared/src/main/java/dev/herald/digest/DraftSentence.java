package dev.herald.digest;

import java.util.List;
import java.util.Objects;

/** A summary sentence as a summarizer writes it: the text and the ids of the articles that state it. */
public record DraftSentence(String text, List<String> articleIds) {
  public DraftSentence {
    if (Objects.requireNonNull(text, "text == null").isBlank()) {
      throw new IllegalArgumentException("text is blank");
    }
    articleIds = List.copyOf(Objects.requireNonNull(articleIds, "articleIds == null"));
  }
}
