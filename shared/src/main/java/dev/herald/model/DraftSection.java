package dev.herald.model;

import java.util.List;

/** A titled group of draft sentences. */
public record DraftSection(String heading, List<DraftSentence> sentences) {
  public DraftSection {
    Checks.notBlank(heading, "heading");
    sentences = Checks.copy(sentences, "sentences");
  }
}
