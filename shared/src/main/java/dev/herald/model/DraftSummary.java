package dev.herald.model;

import java.util.List;

/** A summarizer's output before citation numbering: sentences cite article ids, not numbers. */
public record DraftSummary(String title, List<DraftSection> sections, String method) {
  public DraftSummary {
    Checks.notBlank(title, "title");
    sections = Checks.copy(sections, "sections");
    Checks.notBlank(method, "method");
  }
}
