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
    Briefing ranked = ranked(channel, since, asOf, max);
    return new Briefing(ranked.channel(), ranked.asOf(), ranked.since(), together(ranked.stories()));
  }

  /** How many related stories of each story are read to place them together. */
  static final int RELATED_READ = 20;

  /**
   * The stories with each one related to a story before it ({@link dev.herald.store.StoryStore#related}: two events
   * an article linked, such as the Strait of Hormuz drills and the US-Iran talks) moved up to follow it, so the
   * reader meets them together, the most similar first; otherwise in rank order. The stories are the same, only their order changes.
   */
  public List<BriefingStory> together(List<BriefingStory> ranked) {
    List<BriefingStory> left = new ArrayList<>(ranked);
    List<BriefingStory> out = new ArrayList<>();
    while (!left.isEmpty()) {
      BriefingStory next = left.remove(0);
      out.add(next);
      // most similar first
      for (Story r : stores.stories().related(next.story().id(), RELATED_READ)) {
        for (java.util.Iterator<BriefingStory> it = left.iterator(); it.hasNext(); ) {
          BriefingStory s = it.next();
          if (s.story().id() == r.id()) {
            out.add(s);
            it.remove();
          }
        }
      }
    }
    return out;
  }

  /** As {@link #select}, in rank order only: the caller filters the stories, then puts them {@link #together}. */
  public Briefing ranked(Channel channel, Instant since, Instant asOf, int max) {
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
