package dev.herald.store;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stories and their articles. An article belongs to at most one story. Merged stories stay stored but point at the
 * story that absorbed them and are no longer listed.
 */
public interface StoryStore {
  /** Starts a story, version 1, with {@code first} as its only article. */
  Story create(Article first, String title, Instant at);

  /** Adds {@code article} to the story: version + 1, counts and times updated. */
  Story addArticle(long storyId, Article article, Instant at);

  /** Moves every article of {@code drop} into {@code keep} (version + 1) and marks {@code drop} merged. */
  Story merge(long keep, long drop, Instant at);

  /**
   * A new version of the story with the same articles: their texts changed (an edited item, an article page read),
   * so its summary is written again as a version of its own, which posted cards are then edited to show.
   */
  Story revise(long storyId, Instant at);

  /** Replaces the representative headline without changing the version. */
  void setTitle(long storyId, String title);

  Optional<Story> find(long id);

  /** The story that absorbed {@code id} through merges, or {@code id} itself. */
  long resolve(long id);

  Optional<Long> storyOf(String articleId);

  /** The story's article ids in the order they joined. */
  List<String> articleIds(long storyId);

  /** Live (unmerged) stories whose newest article was published at or after {@code since}, newest first. */
  List<Story> activeSince(Instant since);

  /** Live stories among {@code ids}. */
  List<Story> findAll(Collection<Long> ids);

  /**
   * Live stories with coverage in {@code [from, to)} (one of their articles was published then, so "yesterday"
   * includes a story that also had an article today), newest first.
   */
  List<Story> between(Instant from, Instant to);

  /**
   * The {@code limit} newest live stories carrying any of {@code topics} with coverage in {@code [from, to)}, newest
   * first.
   */
  List<Story> tagged(Collection<String> topics, Instant from, Instant to, int limit);

  /** The distinct feeds the story's articles came from. */
  java.util.Set<String> feedIds(long storyId);

  void setTopics(long storyId, Collection<String> topics);

  List<String> topics(long storyId);

  /**
   * Records that stories {@code a} and {@code b} are related (linked by an article, not merged) with centroid
   * similarity {@code similarity}; both ways, keeping the highest similarity recorded.
   */
  void link(long a, long b, double similarity, Instant at);

  /**
   * The live stories related to {@code storyId} or to any story merged into it, other than itself, most similar first,
   * at most {@code limit}.
   */
  List<Story> related(long storyId, int limit);

  int count();
}
