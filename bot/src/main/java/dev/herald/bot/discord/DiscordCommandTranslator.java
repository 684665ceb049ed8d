package dev.herald.bot.discord;

import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatCommandParser;
import dev.herald.chat.ChatSyntaxException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A slash command's name, subcommand and typed options to a {@link ChatCommand}. Pure: the listener reads the options
 * out of JDA's event, this class decides what they mean. Bad values become a {@link ChatSyntaxException} whose
 * message is the one-line answer for the user.
 */
final class DiscordCommandTranslator {
  private DiscordCommandTranslator() {}

  /**
   * @param subcommand the {@code /herald} subcommand, empty for the top-level commands
   * @param options option name to its value as typed
   */
  static ChatCommand translate(String name, String subcommand, Map<String, String> options)
      throws ChatSyntaxException {
    switch (name) {
      case DiscordCommands.BRIEF:
        return new ChatCommand.Brief(options.getOrDefault(DiscordCommands.QUERY, ""));
      case DiscordCommands.SOURCES:
        return new ChatCommand.Sources(options.getOrDefault(DiscordCommands.STORY, ""));
      case DiscordCommands.EXPAND:
        return expand(options);
      case DiscordCommands.HERALD:
        return herald(subcommand, options);
      default:
        throw new ChatSyntaxException("Herald does not know /" + name + "; try /herald help.");
    }
  }

  /**
   * Whether {@code command} changes a channel's settings, the same rule {@code ChatService.handle} applies before it
   * asks for a manager (a test keeps the two in step). Used to answer such commands in direct messages, which have no
   * settings, with directions instead of a refusal.
   */
  static boolean changesSettings(ChatCommand command) {
    if (command instanceof ChatCommand.Schedule s) return s.changes();
    if (command instanceof ChatCommand.Feeds f) return !f.action().equals("list");
    return command instanceof ChatCommand.Subscribe || command instanceof ChatCommand.Unsubscribe
        || command instanceof ChatCommand.Retry;
  }

  /** Both options are required by Discord; a client that sends them blank gets the usage line. */
  private static ChatCommand.Expand expand(Map<String, String> options) throws ChatSyntaxException {
    String story = options.getOrDefault(DiscordCommands.STORY, "").strip();
    String section = options.getOrDefault(DiscordCommands.SECTION, "").strip();
    if (story.isEmpty() || section.isEmpty()) {
      throw new ChatSyntaxException("Usage: /expand story:<number or title words> section:<number or heading words>,"
          + " e.g. /expand story:12 section:2");
    }
    return new ChatCommand.Expand(story, section);
  }

  private static ChatCommand herald(String sub, Map<String, String> options) throws ChatSyntaxException {
    switch (sub) {
      case "schedule":
        return schedule(options);
      case "subscribe":
        return new ChatCommand.Subscribe(topic(options));
      case "unsubscribe":
        return new ChatCommand.Unsubscribe(topic(options));
      case "feeds":
        return feeds(options);
      case "status":
        return new ChatCommand.Status();
      case "topics":
        return new ChatCommand.Topics();
      case "retry":
        return new ChatCommand.Retry();
      case "help":
      case "":
        return new ChatCommand.Help();
      default:
        throw new ChatSyntaxException("Herald does not know /herald " + sub + "; try /herald help.");
    }
  }

  private static ChatCommand.Schedule schedule(Map<String, String> options) throws ChatSyntaxException {
    boolean off = Boolean.parseBoolean(options.getOrDefault(DiscordCommands.OFF, "false"));
    String time = options.getOrDefault(DiscordCommands.TIME, "").strip();
    String zone = options.getOrDefault(DiscordCommands.ZONE, "").strip();
    if (off && (!time.isEmpty() || !zone.isEmpty())) {
      throw new ChatSyntaxException("Choose a time or off, not both: /herald schedule off:True");
    }
    if (off) return new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true);
    Optional<LocalTime> at = time.isEmpty() ? Optional.empty() : Optional.of(ChatCommandParser.time(time));
    Optional<ZoneId> z = zone.isEmpty() ? Optional.empty() : Optional.of(ChatCommandParser.zone(zone));
    return new ChatCommand.Schedule(at, z, false);
  }

  private static String topic(Map<String, String> options) throws ChatSyntaxException {
    String topic = options.getOrDefault(DiscordCommands.TOPIC, "").strip().toLowerCase(Locale.ROOT);
    if (topic.isEmpty()) throw new ChatSyntaxException("Name a topic; /herald topics lists them.");
    return topic;
  }

  private static ChatCommand.Feeds feeds(Map<String, String> options) throws ChatSyntaxException {
    String action = options.getOrDefault(DiscordCommands.ACTION, "list");
    List<String> args = new ArrayList<>();
    switch (action) {
      case "add":
        String url = options.getOrDefault(DiscordCommands.URL, "").strip();
        if (url.isEmpty()) throw new ChatSyntaxException("Give the feed's URL: /herald feeds action:add url:https://...");
        args.add(url);
        String name = options.getOrDefault(DiscordCommands.NAME, "").strip();
        if (!name.isEmpty()) args.add(name);
        Arrays.stream(options.getOrDefault(DiscordCommands.TOPICS, "").split("[\\s,]+"))
            .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).forEach(args::add);
        break;
      case "remove":
        String id = options.getOrDefault(DiscordCommands.ID, "").strip();
        if (id.isEmpty()) throw new ChatSyntaxException("Give the feed's id: /herald feeds action:remove id:...");
        args.add(id);
        break;
      default:
        break;
    }
    return new ChatCommand.Feeds(action, args);
  }
}
