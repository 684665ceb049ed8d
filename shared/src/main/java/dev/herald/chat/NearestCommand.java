package dev.herald.chat;

import java.util.List;
import java.util.Locale;

/**
 * The command nearest to a word that is not one ({@code /sorces} → {@code /sources}, {@code /herald shedule} →
 * {@code /herald schedule}), by edit distance (a swap of two neighbouring letters counts one), so that a typo gets
 * the command the user meant instead of a bare "unknown command".
 */
final class NearestCommand {
  /** Each command name with a form that works on every platform. */
  private record Name(String word, String shown) {}

  private static final List<Name> NAMES = List.of(
      new Name("brief", "/brief"), new Name("sources", "/sources"), new Name("expand", "/expand"),
      new Name("subscribe", "/herald subscribe"), new Name("unsubscribe", "/herald unsubscribe"),
      new Name("help", "/herald help"),
      new Name("topics", "/herald topics"), new Name("schedule", "/herald schedule"), new Name("feeds", "/herald feeds"),
      new Name("status", "/herald status"), new Name("retry", "/herald retry"));

  /** A distance at most this (and under half the word) reads as a typo of the command. */
  private static final int TYPO = 2;

  private NearestCommand() {}

  /** The command nearest to {@code word}, in a form every platform takes. */
  static String to(String word) {
    return nearest(word).shown();
  }

  /** Whether {@code word} is close enough to a command to be a typo of it. */
  static boolean isTypo(String word) {
    int d = distance(word.toLowerCase(Locale.ROOT), nearest(word).word());
    return d <= TYPO && d * 2 < Math.max(word.length(), 2);
  }

  private static Name nearest(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Name best = NAMES.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (Name n : NAMES) {
      // a prefix ("sub", "sched") names its command outright
      int d = n.word().startsWith(w) && !w.isEmpty() ? 0 : distance(w, n.word());
      if (d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost one each. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
