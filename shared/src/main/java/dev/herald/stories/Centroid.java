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
  private double norm2;
  private Instant newest;
  private int articles;

  Centroid(Instant newest, int maxTerms) {
    this.newest = newest;
    this.maxTerms = maxTerms;
  }

  /** Adds one article; returns the terms that are new to this centroid (for the index). */
  List<String> add(TermVector v, Instant published) {
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
