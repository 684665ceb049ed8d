package dev.herald.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An article's TF-IDF terms, L2-normalised; immutable. */
record TermVector(Map<String, Double> weights) {
  TermVector {
    weights = Map.copyOf(weights);
  }

  int size() {
    return weights.size();
  }

  /** The {@code k} heaviest terms, heaviest first (ties by term, so the order is deterministic). */
  List<String> topTerms(int k) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Collections.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) out.add(entries.get(i).getKey());
    return out;
  }
}
