package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.BriefingRecord;
import dev.herald.store.Stores;
import dev.herald.stories.Lookup;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryVisibility;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the story a user means: {@code 12} or {@code #12} (its id, following merges), words (the best lookup match
 * with a summary, as {@code /brief} lists them), or nothing (the top story of the channel's latest briefing).
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
      // words resolve as /brief resolves them: the best match the workspace may see that has a summary
      List<Found> found = lookup(channel.workspace(), ref, zone, 1).found();
      if (found.isEmpty()) {
        return Result.missing("No story matches \u201c" + ChatCommandParser.shorten(ref) + "\u201d. Try /brief "
            + ChatCommandParser.shorten(ref) + " this week.");
      }
      return new Result(Optional.of(found.get(0)), "");
    }
    Optional<StorySummary> summary = story.flatMap(s -> stores.summaries().latest(s.id()));
    if (story.isEmpty() || summary.isEmpty()) {
      return Result.missing("That story has no summary yet; it will have one after the next feed update.");
    }
    return new Result(Optional.of(new Found(story.get(), summary.get())), "");
  }

  /** A lookup's matches that {@code workspace} may see and that have a summary, best first, at most {@code max}. */
  Matches lookup(WorkspaceKey workspace, String query, ZoneId zone, int max) {
    // ask for more than wanted: some matches may be hidden from this workspace or not summarised yet
    Lookup lookup = finder.find(query, zone, Math.max(5, max * 4));
    List<Found> out = new ArrayList<>();
    for (Story s : lookup.stories()) {
      if (out.size() == max) break;
      if (!visibility.visibleTo(workspace, s.id())) continue;
      stores.summaries().latest(s.id()).ifPresent(summary -> out.add(new Found(s, summary)));
    }
    return new Matches(lookup, out);
  }

  /** A lookup and the summarised, visible stories it found. */
  record Matches(Lookup lookup, List<Found> found) {}

  record Result(Optional<Found> found, String reason) {
    static Result missing(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }
}
