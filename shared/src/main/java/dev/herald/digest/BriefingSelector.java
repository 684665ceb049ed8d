package dev.herald.digest;

import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.Stores;
import dev.herald.stories.StoryRanker;
import dev.herald.stories.StoryVisibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses a channel's briefing: stories with articles published in the period, that have a checked summary, on the
 * channel's topics when it chose some, from feeds its workspace reads, that the channel has not yet seen at this
 * version, ranked, best first.
 * Reads the store only; recording what was shown is the caller's job once it is delivered.
 */
public final class BriefingSelector {
  private final Stores stores;
  private final StoryRanker ranker;
  private final StoryVisibility visibility;

  /** Every story visible to every channel: an instance without workspace feeds (tests, benchmarks). */
  public BriefingSelector(Stores stores, StoryRanker ranker) {
    this(stores, ranker, StoryVisibility.ALL);
  }

  /** @param visibility which stories each workspace may see (its feeds and the instance's) */
  public BriefingSelector(Stores stores, StoryRanker ranker, StoryVisibility visibility) {
    this.stores = stores;
    this.ranker = ranker;
    this.visibility = visibility;
  }

  /** Which stories each workspace may see. */
  public StoryVisibility visibility() {
    return visibility;
  }

  /**
   * @param since start of the period (the previous briefing, or the configured window before {@code asOf})
   * @param max at most this many stories
   */
  public Briefing select(Channel channel, Instant since, Instant asOf, int max) {
    List<Story> candidates = new ArrayList<>();
    Set<String> topics = new HashSet<>(channel.briefingTopics());
    for (Story s : stores.stories().activeSince(since)) {
      if (s.newestArticleAt().isAfter(asOf)) continue;
      if (!topics.isEmpty() && stores.stories().topics(s.id()).stream().noneMatch(topics::contains)) continue;
      if (!visibility.visibleTo(channel.key().workspace(), s.id())) continue;
      candidates.add(s);
    }
    List<BriefingStory> chosen = new ArrayList<>();
    for (Story s : ranker.rank(candidates, asOf)) {
      if (chosen.size() == max) break;
      Optional<StorySummary> summary = stores.summaries().latest(s.id(), channel.key().workspace());
      if (summary.isEmpty()) continue;
      if (stores.briefings().shown(channel.key(), s.id(), summary.get().storyVersion())) continue;
      chosen.add(new BriefingStory(s, summary.get()));
    }
    return new Briefing(channel.key(), asOf, since, chosen);
  }
}
