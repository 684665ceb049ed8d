package dev.herald.stories.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Offline average-link agglomerative clustering over a dense similarity matrix: repeatedly merges the two clusters
 * with the highest mean pairwise similarity, recording each merge and its similarity. Average link never merges at a
 * higher similarity than the merge before it, so {@link #cut} at a threshold is the clustering that stopping there
 * would give. Cubic time; for evaluation sets of a few thousand documents at most. Immutable once built.
 */
final class AgglomerativeClustering {
  private record Merge(int keep, int drop, double similarity) {}

  private final int size;
  private final List<Merge> merges;

  private AgglomerativeClustering(int size, List<Merge> merges) {
    this.size = size;
    this.merges = List.copyOf(merges);
  }

  /** Builds the full merge sequence; {@code sim} is symmetric and is not modified. */
  static AgglomerativeClustering averageLink(double[][] sim) {
    int n = sim.length;
    double[][] c = new double[n][];
    for (int i = 0; i < n; i++) c[i] = sim[i].clone();
    int[] members = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      members[i] = 1;
      alive[i] = true;
    }
    List<Merge> merges = new ArrayList<>();
    for (int step = 1; step < n; step++) {
      int bi = -1;
      int bj = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) continue;
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && c[i][j] > best) {
            best = c[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        if (!alive[k] || k == bi || k == bj) continue;
        double v = (c[bi][k] * members[bi] + c[bj][k] * members[bj]) / (members[bi] + members[bj]);
        c[bi][k] = v;
        c[k][bi] = v;
      }
      members[bi] += members[bj];
      alive[bj] = false;
      merges.add(new Merge(bi, bj, best));
    }
    return new AgglomerativeClustering(n, merges);
  }

  /** Cluster numbers (one per item, in matrix order) after every merge at similarity {@code threshold} or more. */
  List<Integer> cut(double threshold) {
    int[] parent = new int[size];
    for (int i = 0; i < size; i++) parent[i] = i;
    for (Merge m : merges) {
      if (m.similarity() < threshold) break;
      parent[m.drop()] = m.keep();
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int r = i;
      while (parent[r] != r) r = parent[r];
      out.add(r);
    }
    return out;
  }
}
