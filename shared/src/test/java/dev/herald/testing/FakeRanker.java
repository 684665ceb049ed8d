package dev.herald.testing;

import dev.herald.model.Story;
import dev.herald.stories.StoryRanker;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Most outlets first, then newest; enough for tests of the layers above ranking. */
public final class FakeRanker implements StoryRanker {
  @Override
  public List<Story> rank(List<Story> candidates, Instant now) {
    return candidates.stream()
        .sorted(Comparator.comparingInt(Story::outletCount).reversed()
            .thenComparing(Story::newestArticleAt, Comparator.reverseOrder()))
        .toList();
  }
}
