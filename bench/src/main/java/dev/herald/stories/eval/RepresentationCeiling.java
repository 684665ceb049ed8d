package dev.herald.stories.eval;

import dev.herald.model.Article;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.CorpusVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far any clusterer built on Herald's term vectors could get on a labelled set, measured without the constraints
 * Herald works under (one pass, document frequencies learnt from the stream): the vectors are weighed with frequencies
 * from the whole set ({@link CorpusVectors}). Three figures:
 *
 * <ul>
 *   <li>the gold clusters themselves with furniture-only documents (no terms left once their page furniture is
 *       stripped) kept apart, which is all a clusterer can do with them;
 *   <li>for each similarity {@code tau}, the gold clusters as far as their documents are linked by pairs at cosine
 *       {@code tau} or more (a clusterer that never joins two different clusters), with how many same-cluster and
 *       cross-cluster pairs reach {@code tau}: the pairs a threshold at {@code tau} would have to tell apart;
 *   <li>offline average-link agglomerative clustering over the whole set, at the threshold that scores best on the
 *       whole set itself (an optimistic figure: it sees everything at once and is tuned on what it is scored on).
 * </ul>
 *
 * <p>Quadratic in the number of documents (a dense similarity matrix): for the Multi-News set (690 documents), not for
 * streams. For evaluation only.
 */
public final class RepresentationCeiling {
  private RepresentationCeiling() {}

  /** The gold clusters linked only by same-cluster pairs at or above {@code tau}. */
  public record Linked(double tau, int sameClusterPairs, int crossClusterPairs, ClusterScores scores) {}

  /** The best average-link threshold and its scores. */
  public record AverageLink(double threshold, ClusterScores scores) {}

  /** The three figures (see the class comment). */
  public record Report(int furnitureOnly, ClusterScores goldFurnitureApart, List<Linked> linked, AverageLink averageLink) {
    public Report {
      linked = List.copyOf(linked);
      Objects.requireNonNull(goldFurnitureApart, "goldFurnitureApart == null");
      Objects.requireNonNull(averageLink, "averageLink == null");
    }
  }

  public static Report analyse(List<LabelledArticle> docs, ClusterSettings settings, double[] taus,
      double[] linkThresholds) {
    if (docs.isEmpty()) throw new IllegalArgumentException("no documents");
    List<Article> articles = docs.stream().map(LabelledArticle::article).toList();
    List<String> gold = docs.stream().map(LabelledArticle::label).toList();
    List<Map<String, Double>> vectors = CorpusVectors.of(articles, settings);
    int n = docs.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
    }
    List<String> apart = new ArrayList<>(gold);
    int furniture = 0;
    for (int i = 0; i < n; i++) {
      if (vectors.get(i).isEmpty()) {
        apart.set(i, "\u0000furniture-" + i);
        furniture++;
      }
    }
    List<Linked> linked = new ArrayList<>();
    for (double tau : taus) linked.add(linked(sim, gold, tau));
    AgglomerativeClustering tree = AgglomerativeClustering.averageLink(sim);
    AverageLink best = null;
    for (double t : linkThresholds) {
      ClusterScores s = ClusterScores.of(tree.cut(t), gold);
      if (best == null || s.f1() > best.scores().f1()) best = new AverageLink(t, s);
    }
    if (best == null) throw new IllegalArgumentException("no average-link thresholds");
    return new Report(furniture, ClusterScores.of(apart, gold), linked, best);
  }

  private static Linked linked(double[][] sim, List<String> gold, double tau) {
    int n = sim.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    int same = 0;
    int cross = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sim[i][j] < tau) continue;
        if (gold.get(i).equals(gold.get(j))) {
          same++;
          parent[root(parent, i)] = root(parent, j);
        } else {
          cross++;
        }
      }
    }
    List<Integer> predicted = new ArrayList<>();
    for (int i = 0; i < n; i++) predicted.add(root(parent, i));
    return new Linked(tau, same, cross, ClusterScores.of(predicted, gold));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return dot(b, a);
    double d = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) d += o * e.getValue();
    }
    return d;
  }
}
