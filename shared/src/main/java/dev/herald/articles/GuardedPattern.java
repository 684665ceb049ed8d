package dev.herald.articles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A case-insensitive regular expression with a cheap necessary condition in front of each of its top-level
 * alternatives: the literal text every match of that alternative contains. {@code find} runs an alternative only when
 * the input (case-folded the way the expression compares) holds one of its literals, so a cue list of dozens of
 * {@code \bword} alternatives costs a few {@code indexOf} on the text that has none of its words, which is almost every
 * text, instead of trying every alternative at every position. The answer is the expression's own: a guard can only
 * skip an alternative that would not match.
 *
 * <p>The literals come from the expression's source: for each top-level alternative, the longest run of plain
 * characters every match of it contains (a run stops at escapes, classes, anchors, quantified characters and groups;
 * a group of plain alternatives that is not quantified, {@code (updates|blog)}, continues the run as a choice, and any
 * other group that is not quantified offers its options' own literals). An alternative with no such run always runs.
 * Thread-safe.
 */
final class GuardedPattern {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Choices beyond this many stop a run instead of multiplying it. */
  private static final int MAX_CHOICES = 32;

  /** One top-level alternative of the expression, compiled alone, and its literals (empty: it always runs). */
  private record Alternative(Pattern pattern, List<Literal> literals) {
    boolean find(String text, Folded folded) {
      return mayMatch(folded) && pattern.matcher(text).find();
    }

    private boolean mayMatch(Folded folded) {
      if (literals.isEmpty()) return true;
      for (Literal literal : literals) {
        if (literal.in(folded)) return true;
      }
      return false;
    }
  }

  /** A literal and the bits of its character pairs, so most texts that lack it are told so without a search. */
  private record Literal(String text, int[] pairBits) {
    static Literal of(String text) {
      int[] bits = new int[Math.max(0, text.length() - 1)];
      for (int i = 1; i < text.length(); i++) bits[i - 1] = Folded.pairBit(text.charAt(i - 1), text.charAt(i));
      return new Literal(text, bits);
    }

    boolean in(Folded folded) {
      for (int bit : pairBits) {
        if ((folded.pairs[bit >>> 6] & 1L << bit) == 0) return false;
      }
      return folded.text.contains(text);
    }
  }

  /**
   * A text {@link #fold folded} as the expressions compare it, with a 1,024-bit set of the character pairs it holds
   * (hashed): a literal whose pairs are not all in the set is not in the text.
   */
  static final class Folded {
    private static final int WORDS = 16;
    private final String text;
    private final long[] pairs;

    Folded(String text) {
      this.text = fold(text);
      this.pairs = pairs(this.text);
    }

    private static long[] pairs(String s) {
      long[] bits = new long[WORDS];
      for (int i = 1; i < s.length(); i++) {
        int bit = pairBit(s.charAt(i - 1), s.charAt(i));
        bits[bit >>> 6] |= 1L << bit;
      }
      return bits;
    }

    static int pairBit(char a, char b) {
      return (a * 31 + b) & (WORDS * 64 - 1);
    }
  }

  private final Pattern pattern;
  private final List<Alternative> alternatives;

  private GuardedPattern(Pattern pattern, List<Alternative> alternatives) {
    this.pattern = pattern;
    this.alternatives = alternatives;
  }

  /** Compiles {@code regex} case-insensitively (Unicode case) with its guard. */
  static GuardedPattern compile(String regex) {
    List<Alternative> alternatives = new ArrayList<>();
    for (String alternative : split(regex, 0, regex.length())) {
      List<Literal> literals = literalsOfAlternative(alternative).stream().map(Literal::of).toList();
      alternatives.add(new Alternative(Pattern.compile(alternative, FLAGS), literals));
    }
    return new GuardedPattern(Pattern.compile(regex, FLAGS), List.copyOf(alternatives));
  }

  /**
   * Whether the expression finds a match in {@code text}: whether one of its alternatives does (the same question for
   * an expression without back-references), each tried only when {@code folded} holds one of its literals.
   * {@code folded} is {@code new Folded(text)}, made once by the caller for all the expressions it tries on the same
   * text.
   */
  boolean find(String text, Folded folded) {
    for (Alternative a : alternatives) {
      if (a.find(text, folded)) return true;
    }
    return false;
  }

  /** The expression itself, unguarded. */
  Pattern pattern() {
    return pattern;
  }

  /**
   * Each character as {@link Pattern#UNICODE_CASE} compares it: {@code toLowerCase(toUpperCase(c))}, so "LIVE",
   * "Live" and "ſtate" meet the literals "live" and "state" exactly when the expression would.
   */
  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
          : Character.toLowerCase(Character.toUpperCase(c));
      if (f != c && out == null) out = s.toCharArray();
      if (out != null) out[i] = f;
    }
    return out == null ? s : new String(out);
  }

  /** The literals of a whole expression, every alternative's (empty when one alternative has none). */
  static List<String> literalsOf(String regex) {
    List<String> out = new ArrayList<>();
    for (String alternative : split(regex, 0, regex.length())) {
      List<String> own = literalsOfAlternative(alternative);
      if (own.isEmpty()) return List.of();
      out.addAll(own);
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The literals one of which every match of one alternative contains, folded; empty when there are none. */
  private static List<String> literalsOfAlternative(String alternative) {
    List<String> out = new ArrayList<>();
    for (String s : longestRun(alternative)) {
      String f = fold(s);
      if (!fold(f).equals(f)) return List.of(); // the expression would also meet it unfolded: no exact guard
      out.add(f);
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The top-level alternatives of {@code regex[from, to)}. */
  private static List<String> split(String regex, int from, int to) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start, to));
    return parts;
  }

  /**
   * The set of strings (one of which every match of {@code alt} contains) with the longest shortest member, or an
   * empty set when the alternative holds no plain character that every match needs.
   */
  private static Set<String> longestRun(String alt) {
    Set<String> best = Set.of();
    int bestLength = 0;
    Set<String> run = Set.of("");
    int i = 0;
    while (i < alt.length()) {
      char c = alt.charAt(i);
      Set<String> next = null;
      int end;
      if (c == '\\') {
        end = escapeEnd(alt, i);
      } else if (c == '[') {
        end = classEnd(alt, i);
      } else if (c == '(') {
        end = groupEnd(alt, i);
        if (!quantifiedAt(alt, end)) {
          next = choices(alt, i, end, run);
          Set<String> inside = next == null ? groupLiterals(alt, i, end) : Set.of();
          if (shortest(inside) > bestLength) {
            bestLength = shortest(inside);
            best = inside;
          }
        }
      } else if ("^$.|)?*+{".indexOf(c) >= 0) {
        end = i + 1;
      } else {
        end = i + 1;
        if (!quantifiedAt(alt, end)) next = append(run, String.valueOf(c));
      }
      if (next == null) {
        int shortest = shortest(run);
        if (shortest > bestLength) {
          bestLength = shortest;
          best = run;
        }
        run = Set.of("");
      } else {
        run = next;
      }
      i = quantifiedAt(alt, end) ? quantifierEnd(alt, end) : end;
    }
    int shortest = shortest(run);
    return shortest > bestLength ? run : best;
  }

  /** The run continued by a group of plain alternatives, or null when the group is anything else. */
  private static Set<String> choices(String alt, int open, int close, Set<String> run) {
    int from = open + 1;
    if (alt.startsWith("?:", from)) from += 2;
    else if (alt.charAt(from) == '?') return null; // look-around, named group, flags
    List<String> options = split(alt, from, close - 1);
    for (String o : options) {
      for (int j = 0; j < o.length(); j++) {
        if ("\\[]()^$.|?*+{}".indexOf(o.charAt(j)) >= 0) return null;
      }
    }
    if (options.size() * run.size() > MAX_CHOICES) return null;
    Set<String> out = new LinkedHashSet<>();
    for (String r : run) {
      for (String o : options) out.add(r + o);
    }
    return out;
  }

  /**
   * For a group that is not plain alternatives ({@code (opinion|letters?( to the editor)?)}): the literals one of which
   * every match of it contains, each option's own; empty when some option has none, or for a look-around.
   */
  private static Set<String> groupLiterals(String alt, int open, int close) {
    int from = open + 1;
    if (alt.startsWith("?:", from)) from += 2;
    else if (alt.charAt(from) == '?') return Set.of();
    Set<String> out = new LinkedHashSet<>();
    for (String option : split(alt, from, close - 1)) {
      Set<String> own = longestRun(option);
      if (shortest(own) == 0) return Set.of();
      out.addAll(own);
    }
    return out;
  }

  private static Set<String> append(Set<String> run, String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : run) out.add(r + s);
    return out;
  }

  private static int shortest(Set<String> run) {
    return run.stream().mapToInt(String::length).min().orElse(0);
  }

  private static boolean quantifiedAt(String s, int i) {
    return i < s.length() && "?*+{".indexOf(s.charAt(i)) >= 0;
  }

  /** The index after a quantifier starting at {@code i} (and its lazy or possessive mark). */
  private static int quantifierEnd(String s, int i) {
    int end = s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 1;
    return end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+') ? end + 1 : end;
  }

  private static int escapeEnd(String s, int i) {
    char e = s.charAt(i + 1);
    if ((e == 'p' || e == 'P') && i + 2 < s.length() && s.charAt(i + 2) == '{') return s.indexOf('}', i) + 1;
    return i + 2;
  }

  private static int classEnd(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '^') j++;
    if (j < s.length() && s.charAt(j) == ']') j++;
    int depth = 1;
    for (; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') j++;
      else if (c == '[') depth++;
      else if (c == ']' && --depth == 0) return j + 1;
    }
    throw new IllegalArgumentException("unclosed class: " + s);
  }

  private static int groupEnd(String s, int i) {
    int depth = 0;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') j++;
      else if (c == '[') j = classEnd(s, j) - 1;
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return j + 1;
    }
    throw new IllegalArgumentException("unclosed group: " + s);
  }
}
