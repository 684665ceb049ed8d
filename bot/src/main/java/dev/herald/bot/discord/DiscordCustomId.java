package dev.herald.bot.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Herald button does, as its Discord custom id: {@code h1:x:12:2} (expand section 2, 0-based, of story 12),
 * {@code h1:s:12:0} (the sources of story 12), optionally followed by {@code :} and a delivery tag that
 * {@link DiscordPublisher#findPosted} looks for. Every field is bounded (a long, a section under 1000, a tag of at
 * most {@value #TAG_MAX} characters), so an encoded id never exceeds 49 characters, well inside Discord's 100: nothing
 * has to be stored and referenced by key. The leading {@code h1} versions the format; older or foreign ids parse to
 * empty.
 *
 * @param section the 0-based section for {@link Action#EXPAND}, 0 otherwise
 * @param tag the delivery tag of a posted card, or empty
 */
record DiscordCustomId(Action action, long storyId, int section, Optional<String> tag) {
  static final int TAG_MAX = 22;
  private static final Pattern FORMAT =
      Pattern.compile("h1:([xs]):([1-9][0-9]{0,18}):([0-9]{1,3})(?::([A-Za-z0-9_-]{1," + TAG_MAX + "}))?");

  /** What the button asks for. */
  enum Action {
    EXPAND('x'),
    SOURCES('s');

    private final char code;

    Action(char code) {
      this.code = code;
    }

    static Action of(char code) {
      for (Action a : values()) if (a.code == code) return a;
      throw new IllegalArgumentException("unknown action code: " + code);
    }
  }

  DiscordCustomId {
    Objects.requireNonNull(action, "action == null");
    if (storyId < 1) throw new IllegalArgumentException("storyId < 1: " + storyId);
    if (section < 0 || section > 999) throw new IllegalArgumentException("section out of range: " + section);
    if (action == Action.SOURCES && section != 0) throw new IllegalArgumentException("sources with a section");
    Objects.requireNonNull(tag, "tag == null");
    if (tag.isPresent() && !tag.get().matches("[A-Za-z0-9_-]{1," + TAG_MAX + "}")) {
      throw new IllegalArgumentException("bad tag: " + tag.get());
    }
  }

  static DiscordCustomId expand(long storyId, int section) {
    return new DiscordCustomId(Action.EXPAND, storyId, section, Optional.empty());
  }

  static DiscordCustomId sources(long storyId) {
    return new DiscordCustomId(Action.SOURCES, storyId, 0, Optional.empty());
  }

  DiscordCustomId withTag(String value) {
    return new DiscordCustomId(action, storyId, section, Optional.of(value));
  }

  String encode() {
    return "h1:" + action.code + ":" + storyId + ":" + section + tag.map(t -> ":" + t).orElse("");
  }

  /** The id of a Herald button, or empty for anything else (an older format, another app's, garbage). */
  static Optional<DiscordCustomId> parse(String text) {
    if (text == null || text.length() > DiscordLimits.CUSTOM_ID) return Optional.empty();
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) return Optional.empty();
    try {
      return Optional.of(new DiscordCustomId(Action.of(m.group(1).charAt(0)), Long.parseLong(m.group(2)),
          Integer.parseInt(m.group(3)), Optional.ofNullable(m.group(4))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
