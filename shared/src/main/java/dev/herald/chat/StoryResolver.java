package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.BriefingRecord;
import dev.herald.store.ShownStory;
import dev.herald.store.Stores;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryVisibility;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Finds the story a user means: {@code 12} or {@code #12} (its id, following merges), words of its title, or nothing
 * (the last story the user was shown in the channel).
 */
final class StoryResolver {
  /** A story with the summary shown for it. */
  record Found(Story story, StorySummary summary) {}

  private final Stores stores;
  private final StoryFinder finder;
  private final StoryVisibility visibility;

  StoryResolver(Stores stores, StoryFinder finder, StoryVisibility visibility) {
    this.stores = stores;
    this.finder = finder;
    this.visibility = visibility;
  }

  /** The story, or a one-line reason it could not be found. */
  Result resolve(ChannelKey channel, Actor actor, String ref, ZoneId zone) {
    Optional<Story> story;
    if (ref.isEmpty()) {
      Optional<Long> last = lastShown(channel, actor);
      if (last.isEmpty()) {
        return Result.missing("No story has been shown in this channel yet. Name one, e.g. /sources 12, or try /brief.");
      }
      story = stores.stories().find(stores.stories().resolve(last.get()))
          .filter(s -> visibility.visibleTo(channel.workspace(), s.id()));
    } else if (ref.matches("#?\\d{1,18}")) {
      long id = Long.parseLong(ref.startsWith("#") ? ref.substring(1) : ref);
      story = stores.stories().find(stores.stories().resolve(id))
          .filter(s -> visibility.visibleTo(channel.workspace(), s.id()));
      if (story.isEmpty()) return Result.missing("There is no story #" + id + ". Try /brief to see current stories.");
    } else {
      story = finder.find(ref, zone, 1, s -> visibility.visibleTo(channel.workspace(), s.id())).stories().stream()
          .findFirst();
      if (story.isEmpty()) {
        return Result.missing("No story matches \u201c" + ChatCommandParser.shorten(ref) + "\u201d. Try /brief "
            + ChatCommandParser.shorten(ref) + " this week.");
      }
    }
    Optional<StorySummary> summary = story.flatMap(s -> stores.summaries().latest(s.id()));
    if (story.isEmpty() || summary.isEmpty()) {
      return Result.missing("That story has no summary yet; it will have one after the next feed update.");
    }
    return new Result(Optional.of(new Found(story.get(), summary.get())), "");
  }

  /**
   * The story the user last saw here: the one their latest command showed (a lookup, /sources, /expand), or the top
   * story of the channel's latest briefing when that came later.
   */
  private Optional<Long> lastShown(ChannelKey channel, Actor actor) {
    Optional<ShownStory> mine = stores.channels().lastShown(channel, actor.userId());
    Optional<BriefingRecord> briefing = stores.briefings().latest(channel).filter(b -> !b.stories().isEmpty());
    if (briefing.isPresent() && (mine.isEmpty() || briefing.get().asOf().isAfter(mine.get().at()))) {
      return Optional.of(briefing.get().stories().get(0).storyId());
    }
    return mine.map(ShownStory::storyId);
  }

  record Result(Optional<Found> found, String reason) {
    static Result missing(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }
}
