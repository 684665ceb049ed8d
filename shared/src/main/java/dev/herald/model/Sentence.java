package dev.herald.model;

import java.util.List;
import java.util.TreeSet;

/**
 * One summary sentence and the numbers of the sources that state it.
 *
 * @param text the sentence without citation markers
 * @param citations source numbers, ascending and distinct; empty only in a draft the integrity check will reject
 */
public record Sentence(String text, List<Integer> citations) {
  public Sentence {
    Checks.notBlank(text, "text");
    citations = List.copyOf(new TreeSet<>(Checks.copy(citations, "citations")));
    for (int n : citations) Checks.atLeast(n, 1, "citation");
    if (Citations.MARKER.matcher(text).find()) {
      throw new IllegalArgumentException("text already holds a citation marker: " + text);
    }
  }

  /**
   * The sentence with its markers, placed before a final full stop, question or exclamation mark as in
   * "cooperation is critical [1][2]." A sentence ending in a quote keeps its quote and takes the markers after it.
   */
  public String render() {
    if (citations.isEmpty()) return text;
    String markers = Citations.markers(citations);
    String t = text.strip();
    int end = t.length();
    while (end > 0 && ".!?".indexOf(t.charAt(end - 1)) >= 0) end--;
    if (end == t.length() || end == 0) return t + " " + markers;
    return t.substring(0, end) + " " + markers + t.substring(end);
  }
}
