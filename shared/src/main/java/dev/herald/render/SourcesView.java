package dev.herald.render;

import dev.herald.model.RelatedStory;
import dev.herald.model.Source;
import java.util.List;
import java.util.Objects;

/**
 * A story's numbered sources, the same numbers its text uses, and the stories related to it (at most {@link
 * RelatedStory#SHOWN}).
 */
public record SourcesView(long storyId, String title, List<Source> sources, boolean singleOutlet,
    List<RelatedStory> related) implements View {
  public SourcesView {
    Objects.requireNonNull(title, "title == null");
    sources = List.copyOf(sources);
    related = related.stream().limit(RelatedStory.SHOWN).toList();
  }

  /** Sources with no related stories. */
  public SourcesView(long storyId, String title, List<Source> sources, boolean singleOutlet) {
    this(storyId, title, sources, singleOutlet, List.of());
  }

  /** "Sources (3 articles)". */
  public String heading() {
    return Phrases.sources(sources.size());
  }
}
