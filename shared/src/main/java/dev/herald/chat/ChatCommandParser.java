package dev.herald.chat;

import dev.herald.text.Echo;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the text form of commands, as typed in the console or after Slack's {@code /herald}: {@code /brief ai},
 * {@code /sources 12}, {@code /expand 12 2}, {@code /subscribe ai}, {@code /herald schedule 08:00 Europe/London}.
 * The leading slash and the {@code herald} prefix are optional. Text that is no command is answered with what was
 * typed and the nearest command.
 */
public final class ChatCommandParser {
  static final String HINT = "/herald help lists the commands.";

  private ChatCommandParser() {}

  public static ChatCommand parse(String line) throws ChatSyntaxException {
    String text = line.strip();
    boolean slash = text.startsWith("/");
    if (slash) text = text.substring(1);
    List<String> words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) throw new ChatSyntaxException("Type a command such as /brief. " + HINT);
    String name = words.get(0).toLowerCase(Locale.ROOT);
    // Slack hands over "herald foo" for "/herald foo": the prefix marks a command as much as the slash does
    boolean command = slash || name.equals("herald");
    String typed = (command ? "/" : "") + text;
    if (name.equals("herald")) {
      if (words.size() == 1) return new ChatCommand.Help();
      words = words.subList(1, words.size());
      name = words.get(0).toLowerCase(Locale.ROOT);
    }
    List<String> args = words.subList(1, words.size());
    String rest = String.join(" ", args);
    switch (name) {
      case "brief":
        return new ChatCommand.Brief(rest);
      case "sources":
        return new ChatCommand.Sources(rest);
      case "expand":
        if (args.size() < 2) throw new ChatSyntaxException("Usage: /expand <story> <section>, e.g. /expand 12 2");
        return new ChatCommand.Expand(args.get(0), String.join(" ", args.subList(1, args.size())));
      case "subscribe":
        if (args.size() != 1) throw new ChatSyntaxException("Usage: /subscribe <topic>, e.g. /subscribe ai");
        return new ChatCommand.Subscribe(args.get(0).toLowerCase(Locale.ROOT));
      case "unsubscribe":
        if (args.size() != 1) throw new ChatSyntaxException("Usage: /unsubscribe <topic>, e.g. /unsubscribe ai");
        return new ChatCommand.Unsubscribe(args.get(0).toLowerCase(Locale.ROOT));
      case "topics":
      case "subscriptions":
        return new ChatCommand.Topics();
      case "schedule":
        return schedule(args);
      case "feeds":
        return args.isEmpty()
            ? new ChatCommand.Feeds("list", List.of())
            : new ChatCommand.Feeds(args.get(0).toLowerCase(Locale.ROOT), args.subList(1, args.size()));
      case "status":
        return new ChatCommand.Status();
      case "retry":
        return new ChatCommand.Retry();
      case "help":
        return new ChatCommand.Help();
      default:
        throw new ChatSyntaxException(unknown(typed, words.get(0), rest, command));
    }
  }

  /**
   * What was typed and the command it was probably meant as: a typo of a command name gets that command with the
   * same arguments; plain text (no slash) reads as a lookup; anything else gets the way to the list of commands.
   */
  static String unknown(String typed, String word, String rest, boolean command) {
    String said = "\u201c" + shorten(typed) + "\u201d is not a Herald command";
    if (NearestCommand.isTypo(word)) {
      return said + ". Did you mean " + NearestCommand.to(word) + (rest.isEmpty() ? "" : " " + shorten(rest)) + "?";
    }
    if (!command) return said + " (commands start with /). To look it up: /brief " + shorten(typed) + ". " + HINT;
    return said + ". " + HINT;
  }

  /** {@code schedule}, {@code schedule off}, {@code schedule 08:00}, {@code schedule 08:00 Asia/Seoul}. */
  static ChatCommand.Schedule schedule(List<String> args) throws ChatSyntaxException {
    if (args.isEmpty()) return ChatCommand.Schedule.show();
    if (args.size() == 1 && args.get(0).equalsIgnoreCase("off")) {
      return new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true);
    }
    if (args.size() > 2) throw new ChatSyntaxException("Usage: /herald schedule HH:MM [time zone] or /herald schedule off");
    LocalTime at = time(args.get(0));
    Optional<ZoneId> zone = Optional.empty();
    if (args.size() == 2) zone = Optional.of(zone(args.get(1)));
    return new ChatCommand.Schedule(Optional.of(at), zone, false);
  }

  /** {@code 8:00}, {@code 08:00}, {@code 18:30}. */
  public static LocalTime time(String text) throws ChatSyntaxException {
    if (!text.matches("\\d{1,2}:\\d{2}")) {
      throw new ChatSyntaxException("\"" + shorten(text) + "\" is not a time; use HH:MM on a 24-hour clock, e.g. 08:00");
    }
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeException e) {
      throw new ChatSyntaxException("\"" + shorten(text) + "\" is not a time; use HH:MM on a 24-hour clock, e.g. 08:00");
    }
  }

  /** An IANA zone such as {@code Europe/London}, or {@code UTC}. */
  public static ZoneId zone(String text) throws ChatSyntaxException {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new ChatSyntaxException("\"" + shorten(text) + "\" is not a time zone; use a name such as Europe/London"
          + " or America/New_York");
    }
  }

  /** Echoes at most 40 characters of user input back, on one line. */
  static String shorten(String s) {
    return Echo.of(s);
  }
}
