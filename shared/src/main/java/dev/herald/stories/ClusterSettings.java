package dev.herald.stories;

import java.time.Duration;
import java.util.Objects;

/**
 * The clustering knobs. The four thresholds in {@link #defaults()} are the ones {@code herald bench cluster-quality
 * --tune} chooses on the tuning halves of the corpora (first half of the UCI stream, even Multi-News clusters; last
 * searched after name phrases were added to the terms); the other values were set by reasoning: a title word counts
 * twice a text word, a one-day decay keeps a story whose coverage pauses overnight together (12 hours scored higher on
 * UCI but splits such stories), 30 candidate terms. The name-phrase weight 2 scored the best mean tuning-half B-cubed
 * F1 after a threshold search each among 1 (with single capitalised words as names too), 2, 3 and 2 with word
 * bigrams added at 0.5. On the real 20-outlet stream ({@code bench cluster-quality}, tune half of its stories) a core
 * of one article scored best (B-cubed precision 1.000 on that half; cores of 2 and 3 let near-topic items in), and an
 * IDF prior of 30 documents (10 to 100 score alike) lets a stream's first articles join as later ones do.
 *
 * @param window how long a story stays open to new articles after its newest article (48 hours by default)
 * @param decay the e-folding time of the similarity to a story that has gone quiet: a story whose newest article is
 *     {@code decay} older than the new article counts {@code 1/e} as similar
 * @param shortThreshold the similarity a headline-length article (8 distinct terms or fewer) needs to join a story
 * @param longThreshold the similarity a long article (200 distinct terms or more) needs; lengths in between are
 *     interpolated on a log scale, because cosine similarity runs higher between long texts than between headlines;
 *     an article with a title and a text needs at least this much against both the story's centroid and its core
 * @param shortMergeThreshold the similarity two stories' centroids need to be merged into one, when a headline-length
 *     article links them
 * @param longMergeThreshold the same when a long article links them (interpolated like the join thresholds)
 * @param candidateTerms how many of an article's highest-weighted terms are looked up in the index for candidates
 * @param titleWeight the weight of a title term relative to a text term
 * @param urlWeight the weight of a URL slug term relative to a text term
 * @param entityWeight the weight of one occurrence of a name phrase in the text ({@link EntityTerms}: "Simon Anholt",
 *     "Good Country Index"), a term of its own beside its words; 0 turns name phrases off
 * @param maxTextWords how many words of an article's text are read (the lead carries the event)
 * @param maxCentroidTerms how many terms a story's centroid keeps; lighter terms are pruned beyond that
 * @param coreSize how many of a story's first articles form its core, which later members never move: an article with
 *     a title and a text must resemble the core as well as the centroid ({@link StoryClusterer})
 * @param idfPrior how many documents the term statistics start with, as if that many had been read and held none of
 *     a new article's terms, so the first articles of a stream are weighed like later ones instead of by two or three
 *     documents' counts
 */
public record ClusterSettings(
    Duration window,
    Duration decay,
    double shortThreshold,
    double longThreshold,
    double shortMergeThreshold,
    double longMergeThreshold,
    int candidateTerms,
    double titleWeight,
    double urlWeight,
    double entityWeight,
    int maxTextWords,
    int maxCentroidTerms,
    int coreSize,
    double idfPrior) {

  public ClusterSettings {
    Objects.requireNonNull(window, "window == null");
    Objects.requireNonNull(decay, "decay == null");
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window <= 0: " + window);
    if (decay.isNegative() || decay.isZero()) throw new IllegalArgumentException("decay <= 0: " + decay);
    checkUnit(shortThreshold, "shortThreshold");
    checkUnit(longThreshold, "longThreshold");
    checkUnit(shortMergeThreshold, "shortMergeThreshold");
    checkUnit(longMergeThreshold, "longMergeThreshold");
    if (candidateTerms < 1) throw new IllegalArgumentException("candidateTerms < 1: " + candidateTerms);
    if (titleWeight <= 0) throw new IllegalArgumentException("titleWeight <= 0: " + titleWeight);
    if (urlWeight < 0) throw new IllegalArgumentException("urlWeight < 0: " + urlWeight);
    if (entityWeight < 0) throw new IllegalArgumentException("entityWeight < 0: " + entityWeight);
    if (maxTextWords < 1) throw new IllegalArgumentException("maxTextWords < 1: " + maxTextWords);
    if (maxCentroidTerms < 10) throw new IllegalArgumentException("maxCentroidTerms < 10: " + maxCentroidTerms);
    if (coreSize < 1) throw new IllegalArgumentException("coreSize < 1: " + coreSize);
    if (!(idfPrior >= 1)) throw new IllegalArgumentException("idfPrior < 1: " + idfPrior);
  }

  private static void checkUnit(double v, String name) {
    if (!(v > 0 && v < 1)) throw new IllegalArgumentException(name + " not in (0, 1): " + v);
  }

  /** Herald's defaults: a 48-hour window, a one-day decay, thresholds tuned on the corpora's tuning halves. */
  public static ClusterSettings defaults() {
    return new ClusterSettings(Duration.ofHours(48), Duration.ofHours(24), 0.06, 0.18, 0.30, 0.30, 30, 2.0, 1.0, 2.0,
        1000, 400, 1, 30);
  }

  public ClusterSettings withWindow(Duration w) {
    return new ClusterSettings(w, decay, shortThreshold, longThreshold, shortMergeThreshold, longMergeThreshold,
        candidateTerms, titleWeight, urlWeight, entityWeight, maxTextWords, maxCentroidTerms, coreSize, idfPrior);
  }

  public ClusterSettings withThresholds(double shortT, double longT, double shortMergeT, double longMergeT) {
    return new ClusterSettings(window, decay, shortT, longT, shortMergeT, longMergeT, candidateTerms, titleWeight,
        urlWeight, entityWeight, maxTextWords, maxCentroidTerms, coreSize, idfPrior);
  }

  /**
   * How long a story stays in the in-memory index after its newest article: the window plus the same again as grace,
   * because feeds are read one after another and a late feed's older articles must still find their stories.
   */
  public Duration retention() {
    return window.multipliedBy(2);
  }

  /** The join threshold for an article with {@code distinctTerms} terms. */
  double threshold(int distinctTerms) {
    return shortThreshold + (longThreshold - shortThreshold) * length(distinctTerms);
  }

  /** The merge threshold when an article with {@code distinctTerms} terms links two stories. */
  double mergeThreshold(int distinctTerms) {
    return shortMergeThreshold + (longMergeThreshold - shortMergeThreshold) * length(distinctTerms);
  }

  /** 0 for 8 distinct terms or fewer, 1 for 200 or more, log-linear between. */
  private static double length(int distinctTerms) {
    double f = (Math.log(Math.max(distinctTerms, 1)) - Math.log(8)) / (Math.log(200) - Math.log(8));
    return Math.max(0, Math.min(1, f));
  }
}
