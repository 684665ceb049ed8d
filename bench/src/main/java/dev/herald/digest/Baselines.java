package dev.herald.digest;

import dev.herald.model.Story;
import java.util.List;

/** What the benchmark baselines share: one section, the story's own title. */
final class Baselines {
  private Baselines() {}

  static DraftSummary draft(List<DraftSentence> sentences, String method, String heading, Story story) {
    String title = story.title().isBlank() ? method : story.title();
    return new DraftSummary(title, sentences.isEmpty() ? List.of() : List.of(new DraftSection(heading, sentences)),
        method);
  }
}
