package dev.herald.bot.slack;

import dev.herald.render.Links;
import java.util.regex.Pattern;

/**
 * Untrusted text made safe for Slack. Feed text is data: in mrkdwn it is escaped ({@code & < >}), so no control
 * sequence (a mention {@code <@U..>}, a broadcast {@code <!channel>}, a link) can be formed from it, and literal
 * {@code @channel}, {@code @here} and {@code @everyone} are broken with a zero-width space, and formatting characters
 * are made inert. Only Herald makes links, only where {@link Links} allows, with text that cannot lie. Cutting is
 * done on code points, never inside a surrogate pair.
 */
final class SlackText {
  /** Zero-width space: invisible, but stops Slack reading "@here" as a broadcast. */
  static final String ZWSP = "\u200b";
  static final String ELLIPSIS = "\u2026";
  private static final Pattern BROADCAST = Pattern.compile("@(channel|here|everyone)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTROL = Pattern.compile("<([!@#])");

  private SlackText() {}

  /**
   * Untrusted text for a mrkdwn object: escaped, defused, and inert: formatting characters that could open or close
   * bold, italic, strike or code ({@code * _ ~} next to a space or punctuation, every backtick) become look-alikes
   * Slack does not parse (mrkdwn has no escape character), and a {@code >} starting a line, which would quote it,
   * becomes U+203A. A {@code *} or {@code _} inside a word ({@code snake_case}) stays: Slack does not format
   * there.
   */
  static String mrkdwn(String text) {
    return defuse(escape(inert(text)));
  }

  /** Look-alikes for the formatting characters that could take effect; see {@link #mrkdwn}. */
  static String inert(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = c;
      if (c == '`') {
        r = '\u02cb';
      } else if ((c == '*' || c == '_' || c == '~') && !(wordChar(text, i - 1) && wordChar(text, i + 1))) {
        r = c == '*' ? '\u2217' : c == '_' ? '\u02cd' : '\u223c';
      } else if (c == '>' && lineStart(text, i)) {
        r = '\u203a';
      }
      if (r != c && sb == null) sb = new StringBuilder(text);
      if (sb != null) sb.setCharAt(i, r);
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean wordChar(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /** Whether only spaces stand between {@code i} and the start of its line. */
  private static boolean lineStart(String text, int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') return true;
      if (c != ' ' && c != '\t') return false;
    }
    return true;
  }

  /**
   * Untrusted text for a plain_text object (headers, button labels), which Slack shows literally: defused, and any
   * {@code <!}, {@code <@}, {@code <#} broken too, so that the text stays harmless if Slack ever parsed it.
   */
  static String plain(String text) {
    return CONTROL.matcher(defuse(text)).replaceAll("<" + ZWSP + "$1");
  }

  /** Slack's three escapes, and nothing else. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code @here} becomes {@code @\u200bhere}. */
  static String defuse(String text) {
    return BROADCAST.matcher(text).replaceAll("@" + ZWSP + "$1");
  }

  /**
   * A mrkdwn link {@code <url|label>} when {@link Links#target} accepts {@code url} (absolute http(s), a host, no user
   * info), otherwise just the label. The label is untrusted text, cut to {@code maxLabel} chars as mrkdwn; when it
   * would name another place than the link (a URL or host), the link's own host is shown instead ({@link
   * Links#label}). The URL is escaped and a {@code |} in it percent-encoded.
   */
  static String link(String url, String rawLabel, int maxLabel) {
    return Links.target(url)
        .map(u -> "<" + escape(u.toString()).replace("|", "%7C") + "|"
            + mrkdwnPrefix(Links.label(rawLabel, u), maxLabel) + ">")
        .orElse(mrkdwnPrefix(rawLabel, maxLabel));
  }

  /**
   * At most {@code max} chars of {@code text}: whole when it fits, otherwise cut at a code-point boundary (at the
   * last space when one is near) with an ellipsis.
   */
  static String truncate(String text, int max) {
    if (max < 1) throw new IllegalArgumentException("max < 1: " + max);
    if (text.length() <= max) return text;
    int end = safeCut(text, max - 1);
    int space = text.lastIndexOf(' ', end);
    if (space > end * 2 / 3) end = space;
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** The largest index at most {@code end} that does not split a surrogate pair. */
  static int safeCut(String text, int end) {
    if (end <= 0) return 0;
    if (end >= text.length()) return text.length();
    return Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))
        ? end - 1 : end;
  }

  /**
   * The longest prefix of untrusted {@code raw} whose {@link #mrkdwn} form fits {@code max} chars, cut at a word
   * when one is near, with an ellipsis; never splits an escape or a surrogate pair. {@code max} counts the ellipsis.
   */
  static String mrkdwnPrefix(String raw, int max) {
    String whole = mrkdwn(raw);
    if (whole.length() <= max) return whole;
    java.util.BitSet broadcasts = new java.util.BitSet();
    java.util.regex.Matcher m = BROADCAST.matcher(raw);
    while (m.find()) broadcasts.set(m.start());
    // one pass: the escaped length of each prefix (a defused broadcast costs one more)
    int budget = max - 1;
    int end = 0;
    int used = 0;
    while (end < raw.length()) {
      char c = raw.charAt(end);
      int cost = c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
      int next = end + (Character.isHighSurrogate(c) && end + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(end + 1)) ? 2 : 1);
      cost += (next - end - 1) + (broadcasts.get(end) ? 1 : 0);
      if (used + cost > budget) break;
      used += cost;
      end = next;
    }
    int space = raw.lastIndexOf(' ', end);
    if (space > end * 2 / 3) end = space;
    // a cut can make a broadcast word of a longer one ("@heres" cut to "@here"): check, step back if needed
    while (end > 0 && mrkdwn(raw.substring(0, end).stripTrailing()).length() + 1 > max) {
      end = raw.offsetByCodePoints(end, -1);
    }
    return mrkdwn(raw.substring(0, end).stripTrailing()) + ELLIPSIS;
  }

}
