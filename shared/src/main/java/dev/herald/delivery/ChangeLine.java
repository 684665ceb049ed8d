package dev.herald.delivery;

import dev.herald.model.Section;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import dev.herald.render.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The line of a living story that says what changed since the version a channel saw:
 * {@code "2 more articles: Harbor Times, Techline · new section: Reactions"}.
 */
final class ChangeLine {
  private ChangeLine() {}

  static String between(Optional<StorySummary> before, StorySummary now) {
    if (before.isEmpty()) return Phrases.updated(now.sources().size());
    StorySummary old = before.get();
    List<String> parts = new ArrayList<>();
    int more = now.sources().size() - old.sources().size();
    Set<String> oldOutlets = new LinkedHashSet<>();
    for (Source s : old.sources()) oldOutlets.add(s.outlet());
    Set<String> newOutlets = new LinkedHashSet<>();
    for (Source s : now.sources()) if (!oldOutlets.contains(s.outlet())) newOutlets.add(s.outlet());
    if (more > 0) {
      String articles = Phrases.count(more, "more article", "more articles");
      parts.add(newOutlets.isEmpty() ? articles : articles + ": " + String.join(", ", newOutlets));
    }
    Set<String> oldHeadings = new LinkedHashSet<>();
    for (Section s : old.sections()) oldHeadings.add(s.heading());
    List<String> added = new ArrayList<>();
    for (Section s : now.sections()) if (!oldHeadings.contains(s.heading())) added.add(s.heading());
    if (!added.isEmpty()) {
      parts.add((added.size() == 1 ? "new section: " : "new sections: ") + String.join(", ", added));
    }
    return parts.isEmpty() ? "Summary revised" : String.join(" \u00b7 ", parts);
  }
}
