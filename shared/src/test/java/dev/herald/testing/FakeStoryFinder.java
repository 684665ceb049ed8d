package dev.herald.testing;

import dev.herald.model.Story;
import dev.herald.store.Stores;
import dev.herald.stories.Lookup;
import dev.herald.stories.StoryFinder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Finds active stories whose title contains the query, newest first; the period is always "this week". */
public final class FakeStoryFinder implements StoryFinder {
  private final Stores stores;

  public FakeStoryFinder(Stores stores) {
    this.stores = stores;
  }

  @Override
  public Lookup find(String query, ZoneId zone, int limit, Predicate<Story> include) {
    String q = query.toLowerCase(Locale.ROOT);
    List<Story> hits = stores.stories().activeSince(Instant.EPOCH).stream()
        .filter(s -> s.title().toLowerCase(Locale.ROOT).contains(q))
        .filter(include)
        .toList();
    return new Lookup(query, "this week", hits.subList(0, Math.min(limit, hits.size())), hits.size());
  }
}
