package dev.herald.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain-text hygiene for feed text: whitespace collapsed, control and bidirectional-override characters removed,
 * publishers' boilerplate ("Continue reading…", "The post X appeared first on Y.") dropped, and truncated teasers
 * ("… [&hellip;]") cut back to their last whole sentence. Stateless and thread-safe.
 */
final class CleanText {
  private static final Pattern BOILERPLATE_PARAGRAPH = Pattern.compile(
      "(?i)(the post .{1,400} (appeared|first appeared) (first )?on .{1,200}"
          + "|this (article|story|post) (was )?(originally )?(appeared|published) (first )?(on|in|at) .{1,200}"
          + "|(continue|keep) reading.{0,80}|read (the )?(full|more|rest).{0,80}|read more.{0,3}|\\(more…\\)|\\(more\\.\\.\\.\\)"
          + "|\\[(…|\\.\\.\\.)\\]|click here to read.{0,80}|view (the )?(full )?(article|story|entry).{0,40}"
          + "|(related|see also|also read|more from .{1,40}):?|comments?|\\d+ comments?|share this:?)");
  private static final Pattern TRAILING_BOILERPLATE = Pattern.compile(
      "(?i)\\s*(?:(?:continue|keep) reading|read (?:the )?(?:full|more|rest)(?: (?:story|article|post))?|read more)"
          + "\\s*(?:\\.\\.\\.|…|»|→|>>|\\.)?\\s*$");
  /** WordPress's trailer, also when a plain-text description runs it into the last paragraph. */
  private static final Pattern TRAILING_POST = Pattern.compile(
      "(?i)(?:^|(?<=[.!?\"”’)]))\\s*the post [^\\n]{1,400}? (?:appeared|first appeared) (?:first )?on [^\\n]{1,200}?\\.?\\s*$");
  private static final Pattern TRUNCATION = Pattern.compile("\\s*(\\[\\s*(?:…|\\.\\.\\.)\\s*\\]|\\(more…\\)|…|\\.\\.\\.)$");
  private static final Pattern READ_MORE = Pattern.compile(
      "(?i)((continue|keep) reading|read (the )?(full|more|rest)|read more|click here to read|\\(more…\\)"
          + "|\\(more\\.\\.\\.\\)|\\[\\s*(…|\\.\\.\\.)\\s*]|view (the )?(full )?(article|story|entry))");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*(?=\\s)");

  private CleanText() {}

  /** One paragraph: unsafe characters removed, whitespace collapsed, trimmed. One pass, no regex. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else if (!isUnsafe(c)) {
        if (pendingSpace) out.append(' ');
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\u2028' || c == '\u2029' || (c > 0x7F && Character.isWhitespace(c));
  }

  /** Controls, bidirectional overrides and isolates, byte-order marks and replacement characters. */
  private static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\uFFFD';
  }

  /** The paragraphs without boilerplate ones, and without boilerplate trailers on the last one. */
  static List<String> withoutBoilerplate(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (p.length() <= 700 && BOILERPLATE_PARAGRAPH.matcher(p).matches()) continue;
      // only the end can hold a trailer; matching there keeps long paragraphs linear
      int from = Math.max(0, p.length() - 80);
      String tail = TRAILING_BOILERPLATE.matcher(p.substring(from)).replaceFirst("");
      String trimmed = (p.substring(0, from) + tail).strip();
      int postFrom = Math.max(0, trimmed.length() - 700);
      var post = TRAILING_POST.matcher(trimmed);
      post.region(postFrom, trimmed.length());
      post.useTransparentBounds(true);
      post.useAnchoringBounds(false);
      if (post.find()) trimmed = trimmed.substring(0, post.start()).strip();
      if (!trimmed.isEmpty()) out.add(trimmed);
    }
    return out;
  }

  /**
   * Whether the publisher cut these paragraphs short: the last ends in a truncation mark, or one of the last two is
   * (or ends in) a "Continue reading" / "Read more" link.
   */
  static boolean isCutShort(List<String> paragraphs) {
    if (paragraphs.isEmpty()) return false;
    String last = paragraphs.get(paragraphs.size() - 1);
    if (isTruncated(last)) return true;
    for (int i = Math.max(0, paragraphs.size() - 2); i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      String tail = p.substring(Math.max(0, p.length() - 80));
      if (READ_MORE.matcher(tail).find()) return true;
    }
    return false;
  }

  /** Whether the text ends in a truncation mark ({@code […]}, {@code …}, {@code ...}). */
  static boolean isTruncated(String text) {
    return TRUNCATION.matcher(text).find();
  }

  /**
   * A teaser without its truncation mark and the sentence fragment before it; when no whole sentence is left the
   * fragment is kept and ends in "…" so that no one mistakes it for a full sentence.
   */
  static String untruncate(String text) {
    var m = TRUNCATION.matcher(text);
    if (!m.find()) return text;
    String body = text.substring(0, m.start()).strip();
    if (body.isEmpty()) return "";
    if (endsSentence(body)) return body;
    int cut = -1;
    var s = SENTENCE_END.matcher(body);
    while (s.find()) cut = s.end();
    if (cut > 0) return body.substring(0, cut).strip();
    return body + "…";
  }

  private static boolean endsSentence(String s) {
    char c = s.charAt(s.length() - 1);
    if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')') {
      return s.length() > 1 && ".!?".indexOf(s.charAt(s.length() - 2)) >= 0;
    }
    return c == '.' || c == '!' || c == '?';
  }

  /** At most {@code max} chars, cut at a word boundary with "…". */
  static String limit(String s, int max) {
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
    return s.substring(0, cut).strip() + "…";
  }
}
