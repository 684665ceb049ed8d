package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.BriefingRecord;
import dev.herald.store.ShownStory;
import dev.herald.store.Stores;
import dev.herald.stories.Lookup;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryVisibility;
import dev.herald.text.Tokens;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the story a user means: {@code 12} or {@code #12} (its id, following merges), words (the best lookup match
 * with a summary, as {@code /brief} lists them), or nothing (the last story the user was shown in the channel).
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
      // words resolve as /brief resolves them: the best match the workspace may see that has a summary
      List<Found> found = lookup(channel.workspace(), ref, zone, 1).found();
      if (found.isEmpty()) {
        return Result.missing("No story matches \u201c" + ChatCommandParser.shorten(ref) + "\u201d. Try /brief "
            + ChatCommandParser.shorten(ref) + " this week.");
      }
      return new Result(Optional.of(found.get(0)), "");
    }
    Optional<StorySummary> summary = story.flatMap(s -> stores.summaries().latest(s.id(), channel.workspace()));
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

  /**
   * A lookup's matches that {@code workspace} may see and that have a summary, best first, at most {@code max}; the
   * lookup's total counts only such stories.
   */
  Matches lookup(WorkspaceKey workspace, String query, ZoneId zone, int max) {
    Lookup lookup = finder.find(query, zone, max,
        s -> visibility.visibleTo(workspace, s.id()) && stores.summaries().latestVersion(s.id(), workspace) > 0);
    List<String> terms = Tokens.terms(lookup.terms());
    List<Found> out = new ArrayList<>();
    for (Story s : lookup.stories()) {
      if (!readablyMatches(workspace, s, terms)) continue;
      stores.summaries().latest(s.id(), workspace).ifPresent(summary -> out.add(new Found(s, summary)));
    }
    return new Matches(lookup, out);
  }

  /**
   * Whether the words of a lookup match what {@code workspace} may read of the story: a story another workspace's
   * private feed reports too was found in all its articles' text, so it must match the readable ones (or carry the
   * word as a topic), or its mere presence would tell what a private article says.
   */
  private boolean readablyMatches(WorkspaceKey workspace, Story s, List<String> terms) {
    if (terms.isEmpty() || visibility.access(workspace, s.id()) != StoryVisibility.Access.PARTIAL) return true;
    java.util.Set<String> readable = new java.util.HashSet<>(Tokens.terms(visibility.readableText(workspace, s.id())));
    for (String topic : stores.stories().topics(s.id())) readable.addAll(Tokens.terms(topic));
    return readable.containsAll(terms);
  }

  /** A lookup and the summarised, visible stories it found. */
  record Matches(Lookup lookup, List<Found> found) {}

  record Result(Optional<Found> found, String reason) {
    static Result missing(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }
}
