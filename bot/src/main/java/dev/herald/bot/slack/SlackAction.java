package dev.herald.bot.slack;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Herald button does, as carried in its {@code action_id} and {@code value}: {@code herald:expand:12:2}
 * (section index 2 of story 12), {@code herald:sources:12}, {@code herald:share:12}. Only ids: everything else is
 * read from the store when the button is clicked, so an encoded action is at most 44 characters, far below Slack's
 * 255 for an action id and 2,000 for a value, whatever the story.
 *
 * @param section the 0-based section index for {@link Kind#EXPAND}; 0 for the other kinds
 */
record SlackAction(Kind kind, long storyId, int section) {
  /** Every Herald action id matches this; Bolt routes on it. */
  public static final Pattern ACTION_ID = Pattern.compile("^herald:[a-z]+:\\d+(:\\d+)?$");
  private static final Pattern FORM = Pattern.compile("herald:([a-z]+):(\\d{1,19})(?::(\\d{1,3}))?");

  public enum Kind {
    /** Show one more section of a story. */
    EXPAND,
    /** Show a story's numbered sources. */
    SOURCES,
    /** Post a story from an ephemeral lookup into the channel. */
    SHARE;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SlackAction {
    Objects.requireNonNull(kind, "kind == null");
    if (storyId < 1) throw new IllegalArgumentException("storyId < 1: " + storyId);
    if (kind == Kind.EXPAND ? section < 0 || section > 999 : section != 0) {
      throw new IllegalArgumentException("section " + section + " for " + kind.key());
    }
  }

  public static SlackAction expand(long storyId, int section) {
    return new SlackAction(Kind.EXPAND, storyId, section);
  }

  public static SlackAction sources(long storyId) {
    return new SlackAction(Kind.SOURCES, storyId, 0);
  }

  public static SlackAction share(long storyId) {
    return new SlackAction(Kind.SHARE, storyId, 0);
  }

  /** The action id and value form; unique within a message as long as a story appears in it once. */
  public String encode() {
    String base = "herald:" + kind.key() + ":" + storyId;
    return kind == Kind.EXPAND ? base + ":" + section : base;
  }

  /** The action an {@link #encode()}d string names; a one-line reason otherwise. */
  public static SlackAction parse(String text) {
    Matcher m = FORM.matcher(Objects.requireNonNull(text, "text == null"));
    if (!m.matches()) throw new IllegalArgumentException("not a Herald action: " + shorten(text));
    Kind kind = null;
    for (Kind k : Kind.values()) {
      if (k.key().equals(m.group(1))) kind = k;
    }
    if (kind == null) throw new IllegalArgumentException("unknown Herald action: " + shorten(text));
    if ((kind == Kind.EXPAND) != (m.group(3) != null)) {
      throw new IllegalArgumentException("malformed Herald action: " + shorten(text));
    }
    long story;
    try {
      story = Long.parseLong(m.group(2));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("story id out of range: " + shorten(text), e);
    }
    int section = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new SlackAction(kind, story, section);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
  }
}
