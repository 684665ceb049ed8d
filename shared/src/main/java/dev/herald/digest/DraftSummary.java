package dev.herald.digest;

import java.util.List;
import java.util.Objects;

/** A summarizer's output before citation numbering: sentences cite article ids, not numbers. */
public record DraftSummary(String title, List<DraftSection> sections, String method) {
  public DraftSummary {
    if (Objects.requireNonNull(title, "title == null").isBlank()) {
      throw new IllegalArgumentException("title is blank");
    }
    sections = List.copyOf(Objects.requireNonNull(sections, "sections == null"));
    if (Objects.requireNonNull(method, "method == null").isBlank()) {
      throw new IllegalArgumentException("method is blank");
    }
  }
}
