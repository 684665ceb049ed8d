package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
  private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");
  private final StoryIndex index = new StoryIndex(400, 1);

  private static TermVector v(String... terms) {
    Map<String, Double> m = new java.util.HashMap<>();
    for (String t : terms) m.put(t, 1 / Math.sqrt(terms.length));
    return new TermVector(m);
  }

  @Test
  void candidatesAreOnlyTheStoriesSharingATerm() {
    index.add(1, v("storm", "isolde"), T);
    index.add(2, v("rail", "strike"), T);
    index.add(3, v("storm", "glacier"), T);
    assertEquals(List.of(1L, 3L), index.candidates(List.of("storm", "ferry")));
    assertEquals(List.of(), index.candidates(List.of("ferry")));
  }

  @Test
  void storiesPastTheCutoffLeaveTheIndexWithTheirTerms() {
    index.add(1, v("storm", "isolde"), T);
    index.add(2, v("storm", "glacier"), T.plusSeconds(3600));
    assertEquals(1, index.evictBefore(T.plusSeconds(1)));
    assertEquals(List.of(2L), index.candidates(List.of("storm", "isolde")));
    assertEquals(2, index.terms());
    assertEquals(1, index.size());
  }

  @Test
  void aStoryThatGrewStaysUntilItsNewestArticleIsPastTheCutoff() {
    index.add(1, v("storm"), T);
    index.add(1, v("storm", "ferry"), T.plusSeconds(7200));
    assertEquals(0, index.evictBefore(T.plusSeconds(3600)));
    assertEquals(1, index.evictBefore(T.plusSeconds(7201)));
    assertEquals(0, index.size());
  }

  @Test
  void aMergeMovesTheTermsToTheStoryThatKeepsThem() {
    index.add(1, v("quellton", "fine"), T);
    index.add(2, v("rebates", "chip"), T);
    index.merge(1, 2);
    assertEquals(List.of(1L), index.candidates(List.of("rebates")));
    assertEquals(1, index.size());
  }

  @Test
  void centroidsKeepTheirHeaviestTermsOnly() {
    StoryIndex small = new StoryIndex(10, 1);
    for (int i = 0; i < 20; i++) small.add(1, v("core", "word" + i), T);
    assertEquals(List.of(1L), small.candidates(List.of("core")));
    assertEquals(true, small.terms() <= 15);
  }
}
