package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Section;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.store.Stores;
import dev.herald.stories.StoryVisibility;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a user may mean while still typing a command's option, for any platform that suggests as one types (Discord's
 * autocomplete): topics, the channel's own subscriptions, recent stories by title or number, and the sections of a
 * story by number or heading ({@link SectionMatcher#suggest}, the matching {@code /expand} uses). A channel is never
 * offered a story its workspace may not see, nor another workspace's private headline. Reads the store only; fast.
 * Thread-safe.
 */
public final class Suggestions {
  /** How far back story suggestions reach. */
  public static final Duration RECENT = Duration.ofDays(7);

  private final TopicDirectory topics;
  private final Stores stores;
  private final StoryVisibility visibility;
  private final Clock clock;

  /** One suggestion: what the user sees and what the option receives. */
  public record Suggestion(String label, String value) {
    public Suggestion {
      Objects.requireNonNull(label, "label == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** @param visibility which stories a workspace may see: suggestions never name another workspace's stories */
  public Suggestions(TopicDirectory topics, Stores stores, StoryVisibility visibility, Clock clock) {
    this.topics = Objects.requireNonNull(topics, "topics == null");
    this.stores = Objects.requireNonNull(stores, "stores == null");
    this.visibility = Objects.requireNonNull(visibility, "visibility == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Topic names starting with {@code typed}, then those containing it. */
  public List<Suggestion> topics(String typed, int limit) {
    String want = normal(typed);
    return Stream.concat(topics.names().stream().filter(n -> n.startsWith(want)),
            topics.names().stream().filter(n -> !n.startsWith(want) && n.contains(want)))
        .limit(limit).map(n -> new Suggestion(n, n)).toList();
  }

  /** The channel's own subscriptions containing {@code typed}, in name order. */
  public List<Suggestion> subscriptions(ChannelKey channel, String typed, int limit) {
    String want = normal(typed);
    return stores.channels().subscriptions(channel).stream().map(Subscription::topic)
        .filter(t -> t.contains(want)).sorted().limit(limit).map(t -> new Suggestion(t, t)).toList();
  }

  /**
   * Stories active in the last {@link #RECENT} whose title contains {@code typed} or whose number starts with it
   * ({@code #} optional), as {@code "#12 Title"} with the number as the value.
   */
  public List<Suggestion> stories(ChannelKey channel, String typed, int limit) {
    String want = normal(typed);
    String number = want.startsWith("#") ? want.substring(1) : want;
    List<Suggestion> out = new ArrayList<>();
    for (Story s : stores.stories().activeSince(clock.instant().minus(RECENT))) {
      if (out.size() == limit) break;
      StoryVisibility.Access access = visibility.access(channel.workspace(), s.id());
      if (access == StoryVisibility.Access.NONE) continue;
      // the story's own headline may be another workspace's private article's: then its summary's title for this one
      String title = access == StoryVisibility.Access.ALL ? s.title()
          : stores.summaries().latest(s.id(), channel.workspace()).map(StorySummary::title).orElse("");
      boolean match = want.isEmpty() || title.toLowerCase(Locale.ROOT).contains(want)
          || Long.toString(s.id()).startsWith(number);
      if (match && !title.isEmpty()) out.add(new Suggestion("#" + s.id() + " " + title, Long.toString(s.id())));
    }
    return out;
  }

  /**
   * The sections of {@code story} (its number, {@code #} optional) that {@code typed} may name, as {@code "n · heading"}
   * with n as the value; none unless the story is a number the channel's workspace may see.
   */
  public List<Suggestion> sections(ChannelKey channel, String story, String typed, int limit) {
    String ref = story.strip();
    String digits = ref.startsWith("#") ? ref.substring(1) : ref;
    if (!digits.matches("\\d{1,18}")) return List.of();
    long id = Long.parseLong(digits);
    if (!visibility.visibleTo(channel.workspace(), id)) return List.of();
    List<Section> sections = stores.summaries().latest(id, channel.workspace()).map(StorySummary::sections)
        .orElse(List.of());
    return SectionMatcher.suggest(sections, typed).stream().limit(limit)
        .map(i -> new Suggestion((i + 1) + " \u00b7 " + sections.get(i).heading(), Integer.toString(i + 1))).toList();
  }

  private static String normal(String typed) {
    return typed.strip().toLowerCase(Locale.ROOT);
  }
}
