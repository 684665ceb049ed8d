package dev.herald.stories.eval;

import dev.herald.model.Article;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.StreamClusterer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Random;

/** Runs Herald's clusterer and the naive baseline over a labelled stream and scores both. */
public final class QualityRun {
  private QualityRun() {}

  /** Herald's clusterer with {@code settings}, fed in list order. */
  public static ClusterScores herald(List<LabelledArticle> stream, ClusterSettings settings) {
    StreamClusterer c = new StreamClusterer(settings);
    for (LabelledArticle l : stream) c.add(l.article());
    List<Long> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (LabelledArticle l : stream) {
      predicted.add(c.storyOf(l.article().id()));
      gold.add(l.label());
    }
    return ClusterScores.of(predicted, gold);
  }

  /**
   * Herald's clusterer fed the whole {@code stream} in list order, scored only on the articles {@code labels} names:
   * the unlabelled ones still compete for and bridge stories, as in a real run.
   */
  public static ClusterScores herald(List<Article> stream, Map<String, String> labels, ClusterSettings settings) {
    return herald(stream, List.of(labels), settings).get(0);
  }

  /** One run of Herald's clusterer over the whole {@code stream}, scored on each label set in turn. */
  public static List<ClusterScores> herald(List<Article> stream, List<Map<String, String>> labelSets,
      ClusterSettings settings) {
    StreamClusterer c = new StreamClusterer(settings);
    for (Article a : stream) c.add(a);
    List<ClusterScores> out = new ArrayList<>();
    for (Map<String, String> labels : labelSets) out.add(scoreLabelled(stream, labels, a -> c.storyOf(a.id())));
    return out;
  }

  /** The naive baseline fed the whole {@code stream}, scored only on the labelled articles. */
  public static ClusterScores baseline(List<Article> stream, Map<String, String> labels, double threshold) {
    NaiveTfIdfClusterer c = new NaiveTfIdfClusterer(threshold);
    Map<String, Integer> story = new HashMap<>();
    for (Article a : stream) story.put(a.id(), c.add(a));
    return scoreLabelled(stream, labels, a -> story.get(a.id()));
  }

  /** Every labelled article in a story of its own: the floor a clusterer must beat to help at all. */
  public static ClusterScores singletons(List<LabelledArticle> labelled) {
    List<Integer> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (LabelledArticle l : labelled) {
      predicted.add(predicted.size());
      gold.add(l.label());
    }
    return ClusterScores.of(predicted, gold);
  }

  private static <P> ClusterScores scoreLabelled(List<Article> stream, Map<String, String> labels,
      Function<Article, P> storyOf) {
    List<P> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : stream) {
      String label = labels.get(a.id());
      if (label == null) continue;
      predicted.add(storyOf.apply(a));
      gold.add(label);
    }
    return ClusterScores.of(predicted, gold);
  }

  /** The naive single-pass TF-IDF baseline at {@code threshold}, fed in list order. */
  public static ClusterScores baseline(List<LabelledArticle> stream, double threshold) {
    NaiveTfIdfClusterer c = new NaiveTfIdfClusterer(threshold);
    List<Integer> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (LabelledArticle l : stream) {
      predicted.add(c.add(l.article()));
      gold.add(l.label());
    }
    return ClusterScores.of(predicted, gold);
  }

  /**
   * The UCI stream split at the story boundary nearest its middle: the first part is where thresholds were tuned,
   * the second is held out. (The stream's stories arrive one after another, so a time split is a story split.)
   */
  public static List<List<LabelledArticle>> uciHalves(List<LabelledArticle> uci) {
    int cut = uci.size() / 2;
    while (cut < uci.size() && uci.get(cut).label().equals(uci.get(cut - 1).label())) cut++;
    return List.of(uci.subList(0, cut), uci.subList(cut, uci.size()));
  }

  /**
   * The real stream's labels split by story: the stories in sorted label order alternate between the first half (where
   * the real-stream settings were chosen) and the second (held out), so each half is whole stories.
   */
  public static List<Map<String, String>> storyHalves(Map<String, String> labels) {
    List<String> stories = new ArrayList<>(new java.util.TreeSet<>(labels.values()));
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) order.put(stories.get(i), i);
    Map<String, String> first = new HashMap<>();
    Map<String, String> second = new HashMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      (order.get(e.getValue()) % 2 == 0 ? first : second).put(e.getKey(), e.getValue());
    }
    return List.of(Map.copyOf(first), Map.copyOf(second));
  }

  /** Multi-News split by cluster number: even clusters for tuning, odd ones held out. */
  public static List<List<LabelledArticle>> multiNewsHalves(List<LabelledArticle> docs) {
    List<LabelledArticle> even = new ArrayList<>();
    List<LabelledArticle> odd = new ArrayList<>();
    for (LabelledArticle l : docs) {
      String label = l.label();
      int n = Integer.parseInt(label.substring(label.lastIndexOf('-') + 1));
      (n % 2 == 0 ? even : odd).add(l);
    }
    return List.of(even, odd);
  }

  /**
   * A control for the UCI stream, whose stories arrive one after another within seconds: the same articles in a
   * seeded random order, all at one instant, so neither order nor time can help.
   */
  public static List<LabelledArticle> shuffledAtOneInstant(List<LabelledArticle> stream, long seed) {
    Instant t = stream.get(0).article().published();
    List<LabelledArticle> out = new ArrayList<>();
    for (LabelledArticle l : stream) {
      Article a = l.article();
      out.add(new LabelledArticle(new Article(a.id(), a.feedId(), a.outlet(), a.title(), a.url(), a.canonicalUrl(),
          a.guid(), t, a.dateEstimated(), t, a.description(), a.text(), a.imageUrl(), a.nearDuplicateOf()),
          l.label()));
    }
    Collections.shuffle(out, new Random(seed));
    return out;
  }
}
