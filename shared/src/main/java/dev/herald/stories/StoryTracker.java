package dev.herald.stories;

import dev.herald.model.Article;

/**
 * Stage entry for stories: files each new article into the story it reports (joining the best matching recent
 * story, or starting one), stores the change and re-tags the story's topics. Articles arrive in publication order
 * per feed; calls are serialised by the caller.
 */
public interface StoryTracker {
  StoryUpdate track(Article article);
}
