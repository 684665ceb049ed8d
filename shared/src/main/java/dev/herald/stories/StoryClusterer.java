package dev.herald.stories;

import dev.herald.articles.ItemKind;
import dev.herald.articles.ItemKinds;
import dev.herald.model.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Online, incremental story clustering (single pass, centroid based): each article is compared with the live stories
 * that share one of its heaviest terms (an inverted index, never a scan), by cosine similarity between its TF-IDF
 * vector and the story's centroid, damped by how long the story has been quiet. It joins the best story above a
 * threshold that depends on the article's length, or starts one. After a story grows, it is merged with a live story
 * that has become similar enough.
 *
 * <p>Precision first on news feeds: an article with a title and a text (what feeds carry) must also resemble the
 * story's <em>core</em>, its first report ({@link ClusterSettings#coreSize()}), which later members never move: its
 * score is the lower of the two cosines and it needs at least the long-text threshold. So a story cannot drift from
 * one event to the next through articles that each resemble the last (the US-Iran talks, then the Strait of Hormuz
 * drills held during them, then the Gulf's shipping). Among the stories it may join it takes the one it resembles most
 * as a whole and at its core. A merge prompted by such an article needs the same evidence both ways: the lower of the
 * centroids' and the cores' similarity. Headlines alone and untitled texts keep the centroid alone (the UCI and
 * Multi-News corpora). An item that covers several events ({@link ItemKind#multiEvent()}: a newsletter, live blog,
 * key-events list, opinion roundup, schedule) never seeds, grows or merges an indexed story, so it cannot bridge two;
 * newsletters, roundups and key-events lists join no story at all, a live blog at most the one it matches best.
 *
 * <p>The caller owns story ids: {@link #place} proposes, {@link #join} / {@link #start} / {@link #merge} commit, so
 * the same clusterer serves the database-backed {@link OnlineStoryTracker} and the in-memory {@link StreamClusterer}.
 * Cost per article depends on the number of live stories (those with an article inside the window), not on the
 * archive. Not thread-safe: calls are serialised by the caller.
 */
final class StoryClusterer {
  /**
   * The centroid similarity at which two stories that an article links, but that stay two events, are related.
   */
  static final double RELATED = 0.25;

  private final ClusterSettings settings;
  private final Vectorizer vectorizer;
  private final StoryIndex index;

  public StoryClusterer(ClusterSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.vectorizer = new Vectorizer(settings);
    this.index = new StoryIndex(settings.maxCentroidTerms(), settings.coreSize());
  }

  /**
   * Where an article belongs: the best live story and its score, or empty when it should start a story. Carries the
   * article's terms back to {@link #join} or {@link #start}.
   */
  public static final class Placement {
    private final Article article;
    final TermVector vector;
    private final OptionalLong story;
    private final double score;
    private final double threshold;
    /** Other live stories the article resembled (at least half the threshold): merge candidates once it joins. */
    final List<Long> alsoLike;
    /** A titled article with text: judged against the story's core as well as its centroid. */
    final boolean anchored;
    /** The article may cover several events: it never seeds, grows or merges an indexed story. */
    final boolean multiEvent;

    Placement(Article article, TermVector vector, OptionalLong story, double score, double threshold,
        List<Long> alsoLike, boolean anchored, boolean multiEvent) {
      this.article = article;
      this.vector = vector;
      this.anchored = anchored;
      this.multiEvent = multiEvent;
      this.story = story;
      this.score = score;
      this.threshold = threshold;
      this.alsoLike = List.copyOf(alsoLike);
    }

    public Article article() {
      return article;
    }

    /** The story to join, or empty to start one. */
    public OptionalLong story() {
      return story;
    }

    /** The best candidate's similarity (0 when there was none). */
    public double score() {
      return score;
    }

    /** The similarity this article needed to join. */
    public double threshold() {
      return threshold;
    }
  }

  /**
   * Scores {@code article} against the live stories whose newest article is at most the window before it, and learns
   * its terms' document frequencies. Stories whose newest article is older than {@code now} minus the retention
   * ({@link ClusterSettings#retention()}) leave the index first.
   */
  public Placement place(Article article, Instant now) {
    index.evictBefore(now.minus(settings.retention()));
    TermVector v = vectorizer.learnAndVectorize(article);
    boolean anchored = anchored(article);
    ItemKind kind = ItemKinds.of(article);
    double threshold = settings.threshold(v.size());
    if (anchored) threshold = Math.max(threshold, settings.longThreshold());
    long best = -1;
    double bestScore = 0;
    double bestRank = -1;
    List<Long> alsoLike = new ArrayList<>();
    for (long story : index.candidates(v.topTerms(settings.candidateTerms()))) {
      Centroid c = index.get(story).orElseThrow();
      if (c.newest().isBefore(article.published().minus(settings.window()))) continue;
      double decay = decay(Duration.between(c.newest(), article.published()));
      double centroid = c.cosine(v);
      double core = anchored ? c.coreCosine(v) : centroid;
      double score = Math.min(centroid, core) * decay;
      if (score >= threshold / 2) alsoLike.add(story);
      // among the stories it may join, the one it resembles most as a whole and at its core
      double rank = (centroid + core) / 2 * decay;
      if (score >= threshold && rank > bestRank) {
        bestRank = rank;
        bestScore = score;
        best = story;
      } else if (best < 0 && score > bestScore) {
        bestScore = score;
      }
    }
    OptionalLong story = best >= 0 && !standsAlone(kind) ? OptionalLong.of(best) : OptionalLong.empty();
    return new Placement(article, v, story, bestScore, threshold, alsoLike, anchored, kind.multiEvent());
  }

  /**
   * Kinds that report several events by construction (a newsletter, an opinion roundup, a list of the day's key
   * events) join no story; a live blog or a service page follows one running event and may join one.
   */
  static boolean standsAlone(ItemKind kind) {
    return kind == ItemKind.DIGEST || kind == ItemKind.OPINION_ROUNDUP || kind == ItemKind.KEY_EVENTS;
  }

  /**
   * Whether an article is judged against the story's core as well as its centroid: one with both a title and a text,
   * which is what news feeds carry. A headline alone or an untitled text keeps the centroid alone.
   */
  static boolean anchored(Article a) {
    return !a.title().isBlank() && !(a.text().isBlank() && a.description().isBlank());
  }

  /**
   * Adds the placed article to live story {@code story} (or re-opens it in the index when it had left). An article
   * that may cover several events is filed in the story but leaves its terms out, so it can never draw others in.
   */
  public void join(long story, Placement p) {
    if (p.multiEvent) return;
    index.add(story, p.vector, p.article().published());
  }

  /**
   * Starts story {@code story} with the placed article. A story started by an article that may cover several events
   * is not indexed: nothing joins it.
   */
  public void start(long story, Placement p) {
    if (index.get(story).isPresent()) throw new IllegalArgumentException("story already live: " + story);
    if (p.multiEvent) return;
    index.add(story, p.vector, p.article().published());
  }

  /** Adds a stored article to a story without scoring it: rebuilding the index at start-up. */
  public void restore(long story, Article article) {
    Map<String, Double> counts = vectorizer.counts(article);
    vectorizer.learn(counts.keySet());
    if (ItemKinds.of(article).multiEvent()) return;
    index.add(story, vectorizer.weigh(counts), article.published());
  }

  /**
   * A live story that {@code story} should now be merged with, after {@code p}'s article joined it: among the other
   * stories the article resembled (scored at least half its threshold), the one most similar to {@code story} at or
   * above the merge threshold (damped by the time between their newest articles), if any. Only stories the new article
   * links can have become one event with it, so only those are compared. When the article is judged against cores,
   * so is the merge, the same both ways: the lower of the centroids' and the cores' similarity. An article that may
   * cover several events merges nothing.
   */
  public OptionalLong mergeCandidate(long story, Placement p) {
    Optional<Centroid> self = index.get(story);
    if (self.isEmpty() || p.multiEvent) return OptionalLong.empty();
    Centroid c = self.get();
    long best = -1;
    double bestScore = 0;
    for (long other : p.alsoLike) {
      if (other == story || index.get(other).isEmpty()) continue;
      Centroid o = index.get(other).orElseThrow();
      double sim = c.cosine(o);
      if (p.anchored) sim = Math.min(sim, c.coreCosine(o));
      double score = sim * decay(Duration.between(c.newest(), o.newest()).abs());
      if (score > bestScore) {
        bestScore = score;
        best = other;
      }
    }
    double threshold = settings.mergeThreshold(p.vector.size());
    return best >= 0 && bestScore >= threshold ? OptionalLong.of(best) : OptionalLong.empty();
  }

  /**
   * The live stories {@code story} is related to but not one event with, after {@code p}'s article joined or started
   * it: among the other stories the article resembled (scored at least half its threshold), those whose centroid is at
   * least {@link #RELATED} similar to this story's, most similar first. The Strait of Hormuz drills and the US-Iran
   * talks held while they ran are two stories that know each other. An article that may cover several events links
   * nothing, so a newsletter cannot relate the day's unrelated events.
   */
  public List<Related> related(long story, Placement p) {
    Optional<Centroid> self = index.get(story);
    if (self.isEmpty() || p.multiEvent) return List.of();
    Centroid c = self.get();
    List<Related> out = new ArrayList<>();
    for (long other : p.alsoLike) {
      if (other == story) continue;
      Optional<Centroid> o = index.get(other);
      if (o.isEmpty()) continue;
      double sim = c.cosine(o.get());
      if (sim >= RELATED) out.add(new Related(other, sim));
    }
    out.sort(Comparator.comparingDouble(Related::similarity).reversed());
    return out;
  }

  /** A story related to another, and how similar their centroids are. */
  public record Related(long story, double similarity) {}

  /** Merges live story {@code drop} into live story {@code keep}. */
  public void merge(long keep, long drop) {
    if (keep == drop) throw new IllegalArgumentException("cannot merge story " + keep + " into itself");
    index.merge(keep, drop);
  }

  /** Whether {@code story} is in the index. */
  public boolean isLive(long story) {
    return index.get(story).isPresent();
  }

  public int liveStories() {
    return index.size();
  }

  /** Terms in the index and in the document frequencies, for memory figures. */
  public int indexedTerms() {
    return index.terms();
  }

  public int vocabulary() {
    return vectorizer.vocabularySize();
  }

  /** exp(-quiet / decay); a negative gap (the article is older than the story's newest) does not decay. */
  private double decay(Duration quiet) {
    if (quiet.isNegative()) return 1;
    return Math.exp(-(double) quiet.toMillis() / settings.decay().toMillis());
  }
}
