package dev.herald.render;

import dev.herald.model.Source;
import java.util.List;
import java.util.Objects;

/** A story's numbered sources, the same numbers its text uses. */
public record SourcesView(long storyId, String title, List<Source> sources, boolean singleOutlet) implements View {
  public SourcesView {
    Objects.requireNonNull(title, "title == null");
    sources = List.copyOf(sources);
  }

  /** "Sources (3 articles)". */
  public String heading() {
    return Phrases.sources(sources.size());
  }
}
