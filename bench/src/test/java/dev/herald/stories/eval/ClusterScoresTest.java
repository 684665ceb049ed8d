package dev.herald.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void aPerfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of(1, 1, 2), List.of("a", "a", "b"));
    assertEquals(1.0, s.f1(), 1e-12);
    assertEquals(1.0, s.pairF1(), 1e-12);
  }

  @Test
  void bCubedAveragesOverItems() {
    // gold {a,a,a} {b}; predicted {1,1} {1',b}: items 1,2 P=1 R=2/3; item 3 P=1/2 R=1/3; item 4 P=1/2 R=1
    ClusterScores s = ClusterScores.of(List.of(1, 1, 2, 2), List.of("a", "a", "a", "b"));
    assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.precision(), 1e-12);
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.recall(), 1e-12);
    // pairs: predicted {1,2},{3,4}; gold {1,2},{1,3},{2,3}; shared {1,2}
    assertEquals(0.5, s.pairPrecision(), 1e-12);
    assertEquals(1.0 / 3, s.pairRecall(), 1e-12);
    assertEquals(2, s.clusters());
    assertEquals(2, s.goldClusters());
  }

  @Test
  void allSingletonsHaveFullPrecision() {
    ClusterScores s = ClusterScores.of(List.of(1, 2, 3), List.of("a", "a", "a"));
    assertEquals(1.0, s.precision(), 1e-12);
    assertEquals(1.0 / 3, s.recall(), 1e-12);
    assertEquals(0.0, s.pairF1(), 1e-12);
  }

  @Test
  void listsMustBeParallel() {
    assertThrows(IllegalArgumentException.class, () -> ClusterScores.of(List.of(1), List.of("a", "b")));
  }
}
