package dev.herald.articles.fulltext;

import dev.herald.model.TextReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-feed counts of which text articles use, as one line for {@code /herald status} and {@code feeds check}. */
public final class FullTextCounts {
  /** Reasons that say nothing about the pages (the feed's own text was the whole article, or no page was asked for). */
  private static final Set<TextReason> QUIET = Set.of(TextReason.PAGE, TextReason.WAITING, TextReason.FULL_IN_FEED,
      TextReason.SWITCHED_OFF, TextReason.NO_LINK);

  private FullTextCounts() {}

  /**
   * "12 from their pages, feed text for 5 (2 paywall, 1 robots.txt disallows, 2 page not found), 3 waiting, 20
   * full in the feed"; empty when nothing was counted.
   */
  public static String describe(Map<TextReason, Integer> counts) {
    int page = counts.getOrDefault(TextReason.PAGE, 0);
    int kept = 0;
    for (Map.Entry<TextReason, Integer> e : counts.entrySet()) if (!QUIET.contains(e.getKey())) kept += e.getValue();
    List<String> parts = new ArrayList<>();
    if (page > 0 || kept > 0) parts.add(page + " from their pages");
    if (kept > 0) parts.add("feed text for " + kept + " (" + String.join(", ", kept(counts)) + ")");
    int waiting = counts.getOrDefault(TextReason.WAITING, 0);
    if (waiting > 0) parts.add(waiting + " waiting");
    int full = counts.getOrDefault(TextReason.FULL_IN_FEED, 0);
    if (full > 0) parts.add(full + " full in the feed");
    int off = counts.getOrDefault(TextReason.SWITCHED_OFF, 0);
    if (off > 0) parts.add(off + " with full text off");
    return String.join(", ", parts);
  }

  /** ", feed text kept for 3 (1 paywall, 2 too little text on the page)", or empty. */
  static String keptClause(Map<TextReason, Integer> counts) {
    List<String> kept = kept(counts);
    if (kept.isEmpty()) return "";
    int n = 0;
    for (Map.Entry<TextReason, Integer> e : counts.entrySet()) if (!QUIET.contains(e.getKey())) n += e.getValue();
    return ", feed text kept for " + n + " (" + String.join(", ", kept) + ")";
  }

  private static List<String> kept(Map<TextReason, Integer> counts) {
    List<String> out = new ArrayList<>();
    for (TextReason r : TextReason.values()) {
      int n = counts.getOrDefault(r, 0);
      if (n > 0 && !QUIET.contains(r)) out.add(n + " " + r.label());
    }
    return out;
  }
}
