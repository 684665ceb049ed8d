package dev.herald.stories;

import dev.herald.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The term vectors Herald's clusterer would give a fixed set of articles if it had seen them all before weighing any:
 * the same terms, furniture stripping and weights, with document frequencies from the whole set. For offline analysis
 * of what the representation can separate ({@code herald bench cluster-quality --ceiling}); clustering itself learns
 * the frequencies from the stream. Pure; thread-safe.
 */
public final class CorpusVectors {
  private CorpusVectors() {}

  /** One L2-normalised vector per article, in list order; an article with no terms gets an empty map. */
  public static List<Map<String, Double>> of(List<Article> articles, ClusterSettings settings) {
    Vectorizer vectorizer = new Vectorizer(settings);
    List<Map<String, Double>> counts = new ArrayList<>();
    for (Article a : articles) {
      Map<String, Double> c = vectorizer.counts(a);
      vectorizer.learn(c.keySet());
      counts.add(c);
    }
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Double> c : counts) out.add(vectorizer.weigh(c).weights());
    return out;
  }
}
