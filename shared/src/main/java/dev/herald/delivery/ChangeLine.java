package dev.herald.delivery;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import dev.herald.render.Phrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The line of a living story that says what changed since the version a channel saw:
 * {@code "2 more articles: Harbor Times, Techline · new section: Reactions"}. Only what really changed: a section is
 * new when most of its sentences are (a section the reader saw under a shorter heading is not new), and a section
 * that kept sentences the reader saw and gained others is "more in" it.
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
    Set<String> oldSentences = new HashSet<>();
    for (Section s : old.sections()) {
      oldHeadings.add(s.heading());
      for (Sentence t : s.sentences()) oldSentences.add(t.text());
    }
    List<String> added = new ArrayList<>();
    List<String> grown = new ArrayList<>();
    for (Section s : now.sections()) {
      long fresh = s.sentences().stream().filter(t -> !oldSentences.contains(t.text())).count();
      if (fresh == 0) continue;
      if (!oldHeadings.contains(s.heading()) && fresh * 2 > s.sentences().size()) added.add(s.heading());
      else if (fresh < s.sentences().size()) grown.add(s.heading());
    }
    if (!added.isEmpty()) {
      parts.add((added.size() == 1 ? "new section: " : "new sections: ") + String.join(", ", added));
    }
    if (!grown.isEmpty()) parts.add("more in " + String.join(", ", grown));
    return parts.isEmpty() ? "Summary revised" : String.join(" \u00b7 ", parts);
  }
}
