package dev.herald.model;

import java.util.List;

/** A summary sentence as a summarizer writes it: the text and the ids of the articles that state it. */
public record DraftSentence(String text, List<String> articleIds) {
  public DraftSentence {
    Checks.notBlank(text, "text");
    articleIds = Checks.copy(articleIds, "articleIds");
  }
}
