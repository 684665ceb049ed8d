package dev.herald.digest;

import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.util.Optional;
import java.util.Set;

/**
 * Stage entry for the digest: summarises a story's current version, numbers its citations, runs the integrity check
 * and stores the result. A summary that fails the check is never stored; then the result is empty and the previous
 * version's summary stays the latest.
 */
public interface StoryWriter {
  Optional<StorySummary> write(Story story);

  /**
   * Like {@link #write(Story)}, for a story whose articles' texts changed since its last summary ({@code
   * textsChanged}: an edited item, an article page read), so that a summary covering one of them is written again
   * even though the story's articles are the same. A writer that never skips a story needs nothing more.
   */
  default Optional<StorySummary> write(Story story, Set<String> textsChanged) {
    return write(story);
  }
}
