package dev.herald.model;

import java.util.List;
import java.util.stream.Collectors;

/** A titled paragraph of a story summary, sentence by sentence so that no renderer ever cuts a citation. */
public record Section(String heading, List<Sentence> sentences) {
  public Section {
    Checks.notBlank(heading, "heading");
    sentences = Checks.copy(sentences, "sentences");
    if (sentences.isEmpty()) throw new IllegalArgumentException("section \"" + heading + "\" has no sentences");
  }

  /** The paragraph with {@code [n]} citations. */
  public String text() {
    return sentences.stream().map(Sentence::render).collect(Collectors.joining(" "));
  }

  /** Every citation number in this section, in order of appearance. */
  public List<Integer> citations() {
    return sentences.stream().flatMap(s -> s.citations().stream()).toList();
  }
}
