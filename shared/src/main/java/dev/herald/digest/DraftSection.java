package dev.herald.digest;

import java.util.List;
import java.util.Objects;

/** A titled group of draft sentences. */
public record DraftSection(String heading, List<DraftSentence> sentences) {
  public DraftSection {
    if (Objects.requireNonNull(heading, "heading == null").isBlank()) {
      throw new IllegalArgumentException("heading is blank");
    }
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences == null"));
  }
}
