package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageStoryRankerTest {
  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private final CoverageStoryRanker ranker = new CoverageStoryRanker();

  private static Story story(long id, int articles, int outlets, String created, String newest) {
    Instant c = Instant.parse(created);
    Instant n = Instant.parse(newest);
    return new Story(id, articles, c, n.isAfter(c) ? n : c, n, articles, outlets, "story " + id);
  }

  @Test
  void moreOutletsRankHigher() {
    Story three = story(1, 3, 3, "2026-11-27T02:00:00Z", "2026-11-27T06:00:00Z");
    Story two = story(2, 3, 2, "2026-11-27T02:00:00Z", "2026-11-27T06:00:00Z");
    assertEquals(List.of(three, two), ranker.rank(List.of(two, three), NOW));
  }

  @Test
  void aSingleOutletStoryRanksBelowACoveredOneOfTheSameAgeAndIsMarked() {
    Story single = story(1, 4, 1, "2026-11-27T02:00:00Z", "2026-11-27T07:00:00Z");
    Story covered = story(2, 2, 2, "2026-11-27T02:00:00Z", "2026-11-27T07:00:00Z");
    assertEquals(List.of(covered, single), ranker.rank(List.of(single, covered), NOW));
    assertTrue(single.singleOutlet());
  }

  @Test
  void aStoryGrowingFastOutranksOneThatGrewSlowly() {
    Story fast = story(1, 6, 3, "2026-11-27T05:00:00Z", "2026-11-27T07:00:00Z");
    Story slow = story(2, 6, 3, "2026-11-25T08:00:00Z", "2026-11-27T07:00:00Z");
    assertEquals(List.of(fast, slow), ranker.rank(List.of(slow, fast), NOW));
  }

  @Test
  void olderNewsDecays() {
    Story fresh = story(1, 2, 2, "2026-11-27T06:00:00Z", "2026-11-27T07:30:00Z");
    Story stale = story(2, 4, 4, "2026-11-25T06:00:00Z", "2026-11-25T20:00:00Z");
    assertEquals(List.of(fresh, stale), ranker.rank(List.of(stale, fresh), NOW));
  }
}
