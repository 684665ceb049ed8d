package dev.herald.stories;

import dev.herald.model.Article;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clusterer over an in-memory stream, with no database: for {@code herald cluster}, the quality evaluation and
 * the benchmark. Stories are numbered 1, 2, ... in the order they start; a merge keeps the older (lower) number, and
 * {@link #storyOf} resolves an article to its story after every merge so far. "Now" is the newest publication time
 * seen. Not thread-safe.
 */
public final class StreamClusterer {
  private final StoryClusterer clusterer;
  private final Map<String, Long> articleStory = new HashMap<>();
  private final Map<Long, Long> mergedInto = new HashMap<>();
  private final Map<Long, Set<Long>> links = new HashMap<>();
  private long nextStory = 1;
  private Instant now = Instant.EPOCH;
  private int merges;

  public StreamClusterer(ClusterSettings settings) {
    this.clusterer = new StoryClusterer(settings);
  }

  /**
   * Files the article; returns its story now. An article whose {@code nearDuplicateOf} names an earlier article joins
   * that article's story.
   *
   * @throws IllegalArgumentException if the article id was already added
   */
  public long add(Article a) {
    Objects.requireNonNull(a, "article == null");
    if (articleStory.containsKey(a.id())) throw new IllegalArgumentException("duplicate article id: " + a.id());
    if (a.published().isAfter(now)) now = a.published();
    StoryClusterer.Placement p = clusterer.place(a, now);
    long story;
    Long original = a.nearDuplicateOf().isEmpty() ? null : articleStory.get(a.nearDuplicateOf());
    if (original != null && clusterer.isLive(resolve(original))) {
      story = resolve(original);
      clusterer.join(story, p);
    } else if (p.story().isPresent()) {
      story = p.story().getAsLong();
      clusterer.join(story, p);
    } else {
      story = nextStory++;
      clusterer.start(story, p);
    }
    articleStory.put(a.id(), story);
    var other = clusterer.mergeCandidate(story, p);
    while (other.isPresent()) {
      long keep = Math.min(story, other.getAsLong());
      long drop = Math.max(story, other.getAsLong());
      clusterer.merge(keep, drop);
      mergedInto.put(drop, keep);
      merges++;
      story = keep;
      other = clusterer.mergeCandidate(story, p);
    }
    for (StoryClusterer.Related r : clusterer.related(story, p)) link(story, r.story());
    return story;
  }

  /** The story of an added article after all merges so far. */
  public long storyOf(String articleId) {
    Long s = articleStory.get(articleId);
    if (s == null) throw new IllegalArgumentException("unknown article: " + articleId);
    return resolve(s);
  }

  private void link(long a, long b) {
    links.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
    links.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
  }

  /** The stories related to {@code story} (linked, not merged), after all merges so far; lowest number first. */
  public Set<Long> relatedOf(long story) {
    long s = resolve(story);
    Set<Long> out = new TreeSet<>();
    for (Map.Entry<Long, Set<Long>> e : links.entrySet()) {
      if (resolve(e.getKey()) != s) continue;
      for (long r : e.getValue()) if (resolve(r) != s) out.add(resolve(r));
    }
    return out;
  }

  private long resolve(long story) {
    Long next;
    while ((next = mergedInto.get(story)) != null) story = next;
    return story;
  }

  public int merges() {
    return merges;
  }

  public int liveStories() {
    return clusterer.liveStories();
  }

  /** Terms whose document frequency is remembered. */
  public int vocabulary() {
    return clusterer.vocabulary();
  }

  public int indexedTerms() {
    return clusterer.indexedTerms();
  }
}
