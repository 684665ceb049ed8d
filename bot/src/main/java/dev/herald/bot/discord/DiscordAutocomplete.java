package dev.herald.bot.discord;

import dev.herald.chat.Suggestions;
import dev.herald.model.ChannelKey;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Suggestions while a user types an option, in Discord's terms: which option gets which of the chat's
 * {@link Suggestions} (topics; for {@code unsubscribe}, the channel's own subscriptions; recent stories by title or
 * number; the sections of the story chosen in the same command, for {@code /expand}), time zones, and Discord's
 * limits on choices. Reads the store only, through the chat; fast enough for Discord's three-second autocomplete
 * deadline. Thread-safe.
 */
final class DiscordAutocomplete {
  private final Suggestions suggestions;

  /** One suggestion: what the user sees and what the option receives. */
  record Choice(String name, String value) {
    Choice {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  DiscordAutocomplete(Suggestions suggestions) {
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions == null");
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
    int n = DiscordLimits.CHOICES;
    List<Suggestions.Suggestion> out = switch (option) {
      case DiscordCommands.TOPIC -> subcommand.equals("unsubscribe")
          ? suggestions.subscriptions(channel, typed, n) : suggestions.topics(typed, n);
      case DiscordCommands.QUERY -> suggestions.topics(typed, n);
      case DiscordCommands.STORY -> suggestions.stories(channel, typed, n);
      case DiscordCommands.SECTION -> suggestions.sections(channel, story, typed, n);
      case DiscordCommands.ZONE -> zones(typed.strip().toLowerCase(Locale.ROOT));
      default -> List.of();
    };
    return out.stream().limit(n).map(s -> choice(s.label(), s.value())).toList();
  }

  private static List<Suggestions.Suggestion> zones(String want) {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(want))
        .sorted((a, b) -> {
          boolean pa = a.toLowerCase(Locale.ROOT).startsWith(want);
          boolean pb = b.toLowerCase(Locale.ROOT).startsWith(want);
          return pa == pb ? a.compareTo(b) : pa ? -1 : 1;
        })
        .limit(DiscordLimits.CHOICES).map(z -> new Suggestions.Suggestion(z, z)).toList();
  }

  private static Choice choice(String name, String value) {
    return new Choice(DiscordText.fitPlain(name, DiscordLimits.CHOICE_NAME),
        value.length() <= DiscordLimits.CHOICE_VALUE ? value : value.substring(0, DiscordLimits.CHOICE_VALUE));
  }
}
