package dev.herald.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgglomerativeClusteringTest {
  // items 0,1,2 close together, 3,4 close together, 2 and 3 weakly linked
  private static final double[][] SIM = {
    {1, 0.9, 0.7, 0.1, 0.0},
    {0.9, 1, 0.5, 0.0, 0.0},
    {0.7, 0.5, 1, 0.3, 0.0},
    {0.1, 0.0, 0.3, 1, 0.8},
    {0.0, 0.0, 0.0, 0.8, 1}};

  private final AgglomerativeClustering tree = AgglomerativeClustering.averageLink(SIM);

  @Test
  void aHighThresholdJoinsOnlyTheClosestPairs() {
    List<Integer> c = tree.cut(0.85);
    assertEquals(c.get(0), c.get(1));
    assertEquals(4, c.stream().distinct().count());
  }

  @Test
  void averageLinkJoinsAThirdItemByItsMeanSimilarityToThePair() {
    // the mean of 0.7 and 0.5 is 0.6: item 2 joins {0,1} at 0.6, not at its best link 0.7
    assertNotEquals(tree.cut(0.65).get(2), tree.cut(0.65).get(0));
    assertEquals(tree.cut(0.6).get(2), tree.cut(0.6).get(0));
  }

  @Test
  void theTwoGroupsStayApartUntilTheirMeanSimilarity() {
    List<Integer> c = tree.cut(0.2);
    assertEquals(List.of(c.get(0), c.get(0), c.get(0), c.get(3), c.get(3)), c);
    assertNotEquals(c.get(0), c.get(3));
    // {0,1,2} to {3,4}: (0.1 + 0 + 0.3 + 0 + 0 + 0) / 6, about 0.067
    assertEquals(2, tree.cut(0.07).stream().distinct().count());
    assertEquals(1, tree.cut(0.06).stream().distinct().count());
  }
}
