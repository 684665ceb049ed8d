package dev.herald.bench;

import dev.herald.digest.eval.SummaryBenchmark;
import dev.herald.model.Story;
import java.time.Instant;

/** Stories wrapped around benchmark clusters, which have no story of their own. */
final class BenchStories {
  private BenchStories() {}

  static Story story(long id, SummaryBenchmark.Cluster c) {
    int n = c.articles().size();
    return new Story(id, 1, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, n, n, "");
  }
}
