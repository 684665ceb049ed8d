package dev.herald.stories.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering quality against gold labels. B-cubed (Bagga and Baldwin 1998): for each item, precision is the share
 * of its predicted cluster that has its gold label, recall the share of its gold cluster that is in its predicted
 * cluster; both averaged over items. Pairwise: precision and recall over the pairs of items put together.
 *
 * @param clusters how many predicted clusters
 */
public record ClusterScores(
    double precision, double recall, double f1, double pairPrecision, double pairRecall, double pairF1, int items,
    int clusters, int goldClusters) {

  /** Scores {@code predicted} against {@code gold}; the lists are parallel, one entry per item. */
  public static <P, G> ClusterScores of(List<P> predicted, List<G> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted and gold differ in size: " + predicted.size() + " != "
          + gold.size());
    }
    if (predicted.isEmpty()) throw new IllegalArgumentException("no items");
    Map<P, Integer> pc = new HashMap<>();
    Map<G, Integer> gc = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      pc.merge(predicted.get(i), 1, Integer::sum);
      gc.merge(gold.get(i), 1, Integer::sum);
      both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < predicted.size(); i++) {
      int shared = both.get(List.of(predicted.get(i), gold.get(i)));
      p += (double) shared / pc.get(predicted.get(i));
      r += (double) shared / gc.get(gold.get(i));
    }
    int n = predicted.size();
    p /= n;
    r /= n;
    double tp = pairs(both.values());
    double pp = pairs(pc.values());
    double gp = pairs(gc.values());
    double pairP = pp == 0 ? 1 : tp / pp;
    double pairR = gp == 0 ? 1 : tp / gp;
    return new ClusterScores(p, r, f1(p, r), pairP, pairR, f1(pairP, pairR), n, pc.size(), gc.size());
  }

  private static double pairs(Iterable<Integer> sizes) {
    double s = 0;
    for (int c : sizes) s += (double) c * (c - 1) / 2;
    return s;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
