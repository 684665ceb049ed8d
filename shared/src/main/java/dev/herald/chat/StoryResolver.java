package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.BriefingRecord;
import dev.herald.store.Stores;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryVisibility;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Finds the story a user means: {@code 12} or {@code #12} (its id, following merges), words of its title, or nothing
 * (the top story of the channel's latest briefing).
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
  Result resolve(ChannelKey channel, String ref, ZoneId zone) {
    Optional<Story> story;
    if (ref.isEmpty()) {
      Optional<BriefingRecord> latest = stores.briefings().latest(channel);
      if (latest.isEmpty() || latest.get().stories().isEmpty()) {
        return Result.missing("No story has been posted in this channel yet. Name one, e.g. /sources 12, or try /brief.");
      }
      story = stores.stories().find(stores.stories().resolve(latest.get().stories().get(0).storyId()));
    } else if (ref.matches("#?\\d{1,18}")) {
      long id = Long.parseLong(ref.startsWith("#") ? ref.substring(1) : ref);
      story = stores.stories().find(stores.stories().resolve(id))
          .filter(s -> visibility.visibleTo(channel.workspace(), s.id()));
      if (story.isEmpty()) return Result.missing("There is no story #" + id + ". Try /brief to see current stories.");
    } else {
      story = finder.find(ref, zone, 5).stories().stream()
          .filter(s -> visibility.visibleTo(channel.workspace(), s.id())).findFirst();
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

  record Result(Optional<Found> found, String reason) {
    static Result missing(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }
}
