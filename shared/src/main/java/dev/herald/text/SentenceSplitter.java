package dev.herald.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean text into sentences with rules that survive news copy: abbreviations and honorifics ("Dr. Lee", "the
 * U.S. Senate", "Nov. 26"), initials ("Oliver J. T. O'Grady"), decimals and prices ("3.50 percent", "$1.5 billion"),
 * and quotations ("'Is it wrong?' she asked." stays one sentence). A line break always ends a sentence, so headings,
 * captions and list items never run into the next paragraph.
 *
 * <p>Every returned sentence is a piece of the input with its whitespace collapsed to single spaces, so a sentence can
 * always be found again in its text (see {@link #normalize}). Pure and thread-safe.
 */
public final class SentenceSplitter {
  /** Abbreviations after which a full stop does not end a sentence (lower case, without the final dot). */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "cpl", "pvt", "adm",
      "maj", "cmdr", "rev", "hon", "pres", "supt", "det", "insp", "fr", "st", "mt", "ft", "ave", "blvd", "rd",
      "vs", "v", "e.g", "i.e", "cf", "approx", "est", "dept", "univ", "assn", "bros",
      "fig", "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "u.s.a", "ph.d");
  /** Abbreviations that end a sentence unless a number follows ("Nov. 26", "No. 3"). */
  static final Set<String> BEFORE_NUMBERS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "art",
      "p", "pp");
  /** Honorifics and titles that only ever precede a name. */
  static final Set<String> BEFORE_NAMES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "cpl", "pvt", "adm",
      "maj", "cmdr", "rev", "hon", "pres", "supt", "det", "insp", "fr", "st", "mt", "ft");

  private SentenceSplitter() {}

  /** The sentences of {@code text} in order, whitespace collapsed; blank input gives an empty list. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) splitLine(line, out);
    return out;
  }

  /** Collapses whitespace runs (including non-breaking spaces) to one space and strips the ends. */
  public static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        space = sb.length() > 0;
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void splitLine(String raw, List<String> out) {
    String line = normalize(raw);
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') continue;
      int end = i + 1;
      while (end < line.length() && isCloser(line.charAt(end))) end++;
      if (end >= line.length() || line.charAt(end) != ' ') continue;
      int next = end + 1;
      if (next >= line.length() || !startsSentence(line, next)) continue;
      if (c == '.' && !endsSentenceAt(line, start, i, next)) continue;
      add(line.substring(start, end), out);
      start = next;
      i = end;
    }
    add(line.substring(start), out);
  }

  private static void add(String sentence, List<String> out) {
    String s = sentence.strip();
    if (!s.isEmpty()) out.add(s);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»'
        || c == '.' || c == '!' || c == '?' || c == '…';
  }

  /**
   * Whether a sentence may begin at {@code i}: an upper-case letter or digit, possibly after an opening mark, or a
   * mention or handle ("@everyone", "@heraldnews") or chat markup ("<@U123>", "<!channel>"), which never continues the
   * sentence before it.
   */
  private static boolean startsSentence(String line, int i) {
    int j = i;
    while (j < line.length() && "\"'“‘([«¿¡-–—".indexOf(line.charAt(j)) >= 0) j++;
    if (j >= line.length()) return false;
    char c = line.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c) || c == '@' || c == '<';
  }

  /** For a full stop at {@code dot}: false after an abbreviation or an initial that continues the sentence. */
  private static boolean endsSentenceAt(String line, int start, int dot, int next) {
    int w = dot;
    while (w > start && !Character.isWhitespace(line.charAt(w - 1)) && "\"'“‘(".indexOf(line.charAt(w - 1)) < 0) w--;
    String word = line.substring(w, dot);
    if (word.isEmpty()) return true;
    String lower = word.toLowerCase(Locale.ROOT);
    boolean numberFollows = Character.isDigit(line.charAt(next));
    if (BEFORE_NUMBERS.contains(lower)) return !numberFollows;
    if (BEFORE_NAMES.contains(lower) || ABBREVIATIONS.contains(lower)) return false;
    // "J." in "Oliver J. T. O'Grady" or "George W. Bush": one capital letter is an initial, not a sentence end.
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
    // letter-dot forms ("U.S.", "e.g.") are abbreviations; "a.m." and "p.m." usually end a clause, so they may split
    return !(lower.matches("[a-z](\\.[a-z])+") && !lower.equals("a.m") && !lower.equals("p.m"));
  }
}
