package dev.herald.digest;

import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.util.Optional;

/**
 * Stage entry for the digest: summarises a story's current version, numbers its citations, runs the integrity check
 * and stores the result. A summary that fails the check is never stored; then the result is empty and the previous
 * version's summary stays the latest.
 */
public interface StoryWriter {
  Optional<StorySummary> write(Story story);
}
