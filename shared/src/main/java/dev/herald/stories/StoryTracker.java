package dev.herald.stories;

import dev.herald.model.Article;

/**
 * Stage entry for stories: files each new article into the story it reports (joining the best matching recent
 * story, or starting one), stores the change and re-tags the story's topics. Articles arrive in publication order
 * per feed; calls are serialised by the caller.
 */
public interface StoryTracker {
  StoryUpdate track(Article article);

  /**
   * Drops what the tracker keeps in memory and loads it again from the store, because another Herald instance
   * sharing the database filed articles since. Returns how many live stories were loaded; a tracker that keeps
   * nothing in memory returns 0.
   */
  default int reload() {
    return 0;
  }
}
