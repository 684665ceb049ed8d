package dev.herald.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One live story in the index: the sum of its articles' term vectors, its squared norm, and its newest article time.
 * The sum keeps at most {@code maxTerms} terms (the lightest are pruned), so a long-running story's cost is bounded.
 * Not thread-safe.
 */
final class Centroid {
  private final Map<String, Double> sum = new HashMap<>();
  private final int maxTerms;
  private final int coreSize;
  private double norm2;
  private Instant newest;
  private int articles;
  /** The story's core: the sum of its first {@code coreSize} articles' vectors, which later members never move. */
  private final Map<String, Double> core = new HashMap<>();
  private double coreNorm2;
  private int coreArticles;

  Centroid(Instant newest, int maxTerms, int coreSize) {
    this.newest = newest;
    this.maxTerms = maxTerms;
    this.coreSize = coreSize;
  }

  /** Adds one article; returns the terms that are new to this centroid (for the index). */
  List<String> add(TermVector v, Instant published) {
    if (coreArticles < coreSize) {
      for (Map.Entry<String, Double> e : v.weights().entrySet()) {
        double o = core.getOrDefault(e.getKey(), 0.0);
        double n = o + e.getValue();
        coreNorm2 += n * n - o * o;
        core.put(e.getKey(), n);
      }
      coreArticles++;
    }
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, Double> e : v.weights().entrySet()) {
      Double old = sum.get(e.getKey());
      double o = old == null ? 0 : old;
      double n = o + e.getValue();
      norm2 += n * n - o * o;
      sum.put(e.getKey(), n);
      if (old == null) added.add(e.getKey());
    }
    articles++;
    if (published.isAfter(newest)) newest = published;
    return added;
  }

  /** Adds every term of {@code other} (a merge); returns the terms new to this centroid. */
  List<String> absorb(Centroid other) {
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, Double> e : other.sum.entrySet()) {
      Double old = sum.get(e.getKey());
      double o = old == null ? 0 : old;
      double n = o + e.getValue();
      norm2 += n * n - o * o;
      sum.put(e.getKey(), n);
      if (old == null) added.add(e.getKey());
    }
    articles += other.articles;
    if (other.newest.isAfter(newest)) newest = other.newest;
    return added;
  }

  /** Drops the lightest terms beyond the cap; returns the dropped terms (to remove from the index). */
  List<String> prune() {
    if (sum.size() <= maxTerms * 3 / 2) return List.of();
    List<Map.Entry<String, Double>> entries = new ArrayList<>(sum.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> dropped = new ArrayList<>();
    for (int i = maxTerms; i < entries.size(); i++) {
      String t = entries.get(i).getKey();
      double w = sum.remove(t);
      norm2 -= w * w;
      dropped.add(t);
    }
    return dropped;
  }

  /** Cosine similarity with a unit vector. */
  double cosine(TermVector v) {
    if (norm2 <= 0) return 0;
    double dot = 0;
    for (Map.Entry<String, Double> e : v.weights().entrySet()) {
      Double c = sum.get(e.getKey());
      if (c != null) dot += c * e.getValue();
    }
    return dot / Math.sqrt(norm2);
  }

  /** Cosine similarity of the core with a unit vector. */
  double coreCosine(TermVector v) {
    if (coreNorm2 <= 0) return 0;
    double dot = 0;
    for (Map.Entry<String, Double> e : v.weights().entrySet()) {
      Double c = core.get(e.getKey());
      if (c != null) dot += c * e.getValue();
    }
    return dot / Math.sqrt(coreNorm2);
  }

  /** Cosine similarity of the two cores. */
  double coreCosine(Centroid other) {
    return cosine(core, coreNorm2, other.core, other.coreNorm2);
  }

  private static double cosine(Map<String, Double> a, double na2, Map<String, Double> b, double nb2) {
    if (na2 <= 0 || nb2 <= 0) return 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double c = large.get(e.getKey());
      if (c != null) dot += c * e.getValue();
    }
    return dot / Math.sqrt(na2) / Math.sqrt(nb2);
  }

  /** Cosine similarity with another centroid. */
  double cosine(Centroid other) {
    if (norm2 <= 0 || other.norm2 <= 0) return 0;
    Map<String, Double> small = sum.size() <= other.sum.size() ? sum : other.sum;
    Map<String, Double> large = small == sum ? other.sum : sum;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double c = large.get(e.getKey());
      if (c != null) dot += c * e.getValue();
    }
    return dot / Math.sqrt(norm2) / Math.sqrt(other.norm2);
  }

  /** The {@code k} heaviest terms. */
  List<String> topTerms(int k) {
    return new TermVector(sum).topTerms(k);
  }

  Iterable<String> terms() {
    return sum.keySet();
  }

  Instant newest() {
    return newest;
  }

  int articles() {
    return articles;
  }
}
