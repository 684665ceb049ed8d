package dev.herald.bot.discord;

import dev.herald.chat.TopicDirectory;
import dev.herald.model.ChannelKey;
import dev.herald.model.Section;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.store.Stores;
import dev.herald.stories.StoryVisibility;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Suggestions while a user types an option: topics (from the {@link TopicDirectory}; for {@code unsubscribe}, the
 * channel's own subscriptions), recent stories by title or number, the sections of the story chosen in the same
 * command (for {@code /expand}), and time zones. Reads the store only; fast enough for Discord's three-second autocomplete deadline.
 * Thread-safe.
 */
final class DiscordAutocomplete {
  /** How far back story suggestions reach. */
  static final Duration RECENT = Duration.ofDays(7);

  private final TopicDirectory topics;
  private final Stores stores;
  private final StoryVisibility visibility;
  private final Clock clock;

  /** One suggestion: what the user sees and what the option receives. */
  record Choice(String name, String value) {
    Choice {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** @param visibility which stories a workspace may see: suggestions never name another workspace's stories */
  DiscordAutocomplete(TopicDirectory topics, Stores stores, StoryVisibility visibility, Clock clock) {
    this.topics = Objects.requireNonNull(topics, "topics == null");
    this.stores = Objects.requireNonNull(stores, "stores == null");
    this.visibility = Objects.requireNonNull(visibility, "visibility == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Up to 25 choices for {@code option} of {@code subcommand} (empty for top-level commands) in {@code channel},
   * given what the user typed so far.
   */
  List<Choice> suggest(String subcommand, String option, String typed, ChannelKey channel) {
    return suggest(subcommand, option, typed, channel, "");
  }

  /** As above; {@code story} is the command's {@code story} option so far (sections are suggested for it). */
  List<Choice> suggest(String subcommand, String option, String typed, ChannelKey channel, String story) {
    String want = typed.strip().toLowerCase(Locale.ROOT);
    List<Choice> out = switch (option) {
      case DiscordCommands.TOPIC -> subcommand.equals("unsubscribe") ? subscriptions(channel, want) : topics(want);
      case DiscordCommands.QUERY -> topics(want);
      case DiscordCommands.STORY -> stories(want, channel);
      case DiscordCommands.SECTION -> sections(story.strip(), want, channel);
      case DiscordCommands.ZONE -> zones(want);
      default -> List.of();
    };
    return out.size() <= DiscordLimits.CHOICES ? out : out.subList(0, DiscordLimits.CHOICES);
  }

  private List<Choice> topics(String want) {
    Stream<String> names = topics.names().stream();
    return Stream.concat(names.filter(n -> n.startsWith(want)),
            topics.names().stream().filter(n -> !n.startsWith(want) && n.contains(want)))
        .limit(DiscordLimits.CHOICES).map(n -> choice(n, n)).toList();
  }

  private List<Choice> subscriptions(ChannelKey channel, String want) {
    return stores.channels().subscriptions(channel).stream().map(Subscription::topic)
        .filter(t -> t.contains(want)).sorted().limit(DiscordLimits.CHOICES).map(t -> choice(t, t)).toList();
  }

  private List<Choice> stories(String want, ChannelKey channel) {
    String number = want.startsWith("#") ? want.substring(1) : want;
    List<Choice> out = new ArrayList<>();
    for (Story s : stores.stories().activeSince(clock.instant().minus(RECENT))) {
      StoryVisibility.Access access = visibility.access(channel.workspace(), s.id());
      if (access == StoryVisibility.Access.NONE) continue;
      // the story's own headline may be another workspace's private article's: then its summary's title for this one
      String title = access == StoryVisibility.Access.ALL ? s.title()
          : stores.summaries().latest(s.id(), channel.workspace()).map(StorySummary::title).orElse("");
      boolean match = want.isEmpty() || title.toLowerCase(Locale.ROOT).contains(want)
          || Long.toString(s.id()).startsWith(number);
      if (match && !title.isEmpty()) out.add(choice("#" + s.id() + " " + title, Long.toString(s.id())));
      if (out.size() == DiscordLimits.CHOICES) break;
    }
    return out;
  }

  /** The story's sections as "n · heading" (value n), by number or heading words; none unless story is a number. */
  private List<Choice> sections(String story, String want, ChannelKey channel) {
    String digits = story.startsWith("#") ? story.substring(1) : story;
    if (!digits.matches("\\d{1,18}")) return List.of();
    long id = Long.parseLong(digits);
    if (!visibility.visibleTo(channel.workspace(), id)) return List.of();
    List<Section> sections = stores.summaries().latest(id, channel.workspace()).map(StorySummary::sections)
        .orElse(List.of());
    List<Choice> out = new ArrayList<>();
    for (int i = 0; i < sections.size() && out.size() < DiscordLimits.CHOICES; i++) {
      String n = Integer.toString(i + 1);
      String heading = sections.get(i).heading();
      if (want.isEmpty() || n.equals(want) || heading.toLowerCase(Locale.ROOT).contains(want)) {
        out.add(choice(n + " \u00b7 " + heading, n));
      }
    }
    return out;
  }

  private static List<Choice> zones(String want) {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(want))
        .sorted((a, b) -> {
          boolean pa = a.toLowerCase(Locale.ROOT).startsWith(want);
          boolean pb = b.toLowerCase(Locale.ROOT).startsWith(want);
          return pa == pb ? a.compareTo(b) : pa ? -1 : 1;
        })
        .limit(DiscordLimits.CHOICES).map(z -> choice(z, z)).toList();
  }

  private static Choice choice(String name, String value) {
    return new Choice(DiscordText.fitPlain(name, DiscordLimits.CHOICE_NAME),
        value.length() <= DiscordLimits.CHOICE_VALUE ? value : value.substring(0, DiscordLimits.CHOICE_VALUE));
  }
}
