package dev.herald.stories.eval;

import dev.herald.model.Article;
import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The naive baseline the figures are compared with: single pass, title plus text TF-IDF (online document
 * frequencies), cosine to each existing cluster's centroid by a full scan, join the best at or above a fixed
 * threshold. No time, no index, no merging, no length-aware threshold. Not thread-safe; for evaluation only.
 */
final class NaiveTfIdfClusterer {
  private final double threshold;
  private final Map<String, Integer> df = new HashMap<>();
  private final List<Map<String, Double>> centroids = new ArrayList<>();
  private final List<Double> norms2 = new ArrayList<>();
  private int documents;

  public NaiveTfIdfClusterer(double threshold) {
    this.threshold = threshold;
  }

  /** Files the article; returns its cluster number (0-based). */
  public int add(Article a) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Tokens.terms(a.title() + " " + a.text())) tf.merge(t, 1, Integer::sum);
    documents++;
    for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
    Map<String, Double> v = new HashMap<>();
    double n2 = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * Math.log((documents + 1.0) / (df.get(e.getKey()) + 1) + 1);
      v.put(e.getKey(), w);
      n2 += w * w;
    }
    double norm = n2 > 0 ? Math.sqrt(n2) : 1;
    v.replaceAll((k, w) -> w / norm);
    int best = -1;
    double bestScore = 0;
    for (int c = 0; c < centroids.size(); c++) {
      double dot = 0;
      Map<String, Double> cen = centroids.get(c);
      for (Map.Entry<String, Double> e : v.entrySet()) dot += e.getValue() * cen.getOrDefault(e.getKey(), 0.0);
      double s = norms2.get(c) > 0 ? dot / Math.sqrt(norms2.get(c)) : 0;
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best < 0 || bestScore < threshold) {
      centroids.add(new HashMap<>());
      norms2.add(0.0);
      best = centroids.size() - 1;
    }
    Map<String, Double> cen = centroids.get(best);
    double c2 = norms2.get(best);
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double o = cen.getOrDefault(e.getKey(), 0.0);
      double nw = o + e.getValue();
      c2 += nw * nw - o * o;
      cen.put(e.getKey(), nw);
    }
    norms2.set(best, c2);
    return best;
  }
}
