package dev.herald.bot.discord;

import dev.herald.model.Citations;
import dev.herald.model.Sentence;
import dev.herald.render.Links;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes untrusted (feed) text safe for Discord. {@link #markdown} is for places Discord renders as markdown
 * (description, field values, titles): every markdown character is backslash-escaped, so feed text can neither format
 * nor link. {@link #plain} is for places it does not (author, footer, button labels, choice names). Both drop control
 * and bidi characters, fold line breaks into spaces, and break {@code @everyone}, {@code @here} and
 * {@code <@..>}/{@code <@&..>}/{@code <#..>} mention syntax with a zero-width space, a second guard beside the empty
 * {@code allowed_mentions} of every message. Lengths are UTF-16 units; no function here splits a surrogate pair.
 */
final class DiscordText {
  static final String ELLIPSIS = "\u2026";
  private static final String ZWSP = "\u200b";
  /** Characters that start or end Discord markdown anywhere in a line. */
  private static final String MARKDOWN = "\\*_~`|[]<>";
  private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#|/|a?:|t:)");
  /** A line that starts like a heading, quote, list item or subtext. */
  private static final Pattern LINE_START = Pattern.compile("^(#|-|\\+|\\d+\\.)");

  private DiscordText() {}

  /** Escaped for a markdown context. */
  static String markdown(String raw) {
    String s = MENTION.matcher(clean(raw)).replaceAll("<" + ZWSP + "$1");
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    String escaped = sb.toString();
    var start = LINE_START.matcher(escaped);
    if (start.find()) {
      // "#", "-", "+" or "12." opening a line would make a heading, list or subtext: escape its last character
      int at = start.end() - 1;
      escaped = escaped.substring(0, at) + "\\" + escaped.substring(at);
    }
    return MASS_MENTION.matcher(escaped).replaceAll("@" + ZWSP + "$1");
  }

  /** Cleaned for a plain-text context: no escapes (they would show), but no mention syntax either. */
  static String plain(String raw) {
    String s = MENTION.matcher(clean(raw)).replaceAll("<" + ZWSP + "$1");
    return MASS_MENTION.matcher(s).replaceAll("@" + ZWSP + "$1");
  }

  /** {@link #markdown} of {@code raw}, cut with an ellipsis so that the escaped text has at most {@code max} units. */
  static String fitMarkdown(String raw, int max) {
    String escaped = markdown(raw);
    if (escaped.length() <= max) return escaped;
    String text = clean(raw);
    int keep = Math.min(text.length(), max);
    while (true) {
      String candidate = markdown(cut(text, keep));
      if (candidate.length() <= max) return candidate;
      keep -= Math.max(1, candidate.length() - max);
      if (keep <= 1) return ELLIPSIS;
    }
  }

  /** {@link #plain} of {@code raw}, cut with an ellipsis to at most {@code max} units. */
  static String fitPlain(String raw, int max) {
    String p = plain(raw);
    return p.length() <= max ? p : cut(p, max);
  }

  /**
   * {@code s} cut to at most {@code max} units, the last being an ellipsis: at a space when one is near the end,
   * never between the two halves of a surrogate pair.
   */
  static String cut(String s, int max) {
    if (max < 1) throw new IllegalArgumentException("max < 1: " + max);
    if (s.length() <= max) return s;
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) end--;
    int space = s.lastIndexOf(' ', end);
    if (space > 0 && space >= end * 7 / 10) end = space;
    return s.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** A summary sentence: escaped text with its {@code [n]} markers before the final full stop, as in the model. */
  static String sentence(Sentence sentence) {
    String text = markdown(sentence.text()).strip();
    if (sentence.citations().isEmpty()) return text;
    String markers = Citations.markers(sentence.citations());
    int end = text.length();
    while (end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0) end--;
    if (end == text.length() || end == 0) return text + " " + markers;
    return text.substring(0, end) + " " + markers + text.substring(end);
  }

  /**
   * An http(s) link fit to be a masked link or button target, or empty: what {@link Links#target} refuses (other
   * schemes, no host, user info, spaces) and over-long URLs are dropped, never repaired into something else.
   * Parentheses are percent-encoded so that they cannot close a masked link early.
   */
  static Optional<String> link(String url, int max) {
    Optional<URI> target = Links.target(url);
    if (target.isEmpty() || url.chars().anyMatch(c -> c == '<' || c == '>' || c == '"')) return Optional.empty();
    String safe = target.get().toASCIIString().replace("(", "%28").replace(")", "%29");
    return safe.length() <= max ? Optional.of(safe) : Optional.empty();
  }

  /** Control and bidi characters dropped, runs of white space (line breaks included) folded into one space. */
  static String clean(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = sb.length() > 0;
        continue;
      }
      if (Character.isISOControl(c) || isInvisible(c)) continue;
      if (space) sb.append(' ');
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u200b' || c == '\u2028' || c == '\u2029' || c == '\ufeff';
  }
}
