package dev.herald.articles.fulltext;

import dev.herald.model.TextReason;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one poll's page fetching did.
 *
 * @param requests page requests sent (robots.txt not counted)
 * @param decided how many articles got each reason in this poll (feed-text decisions without a page included)
 * @param textChanged ids of articles whose summarised text changed to their page's
 * @param waiting articles still waiting for their page after this poll
 */
public record FullTextReport(int requests, Map<TextReason, Integer> decided, List<String> textChanged, int waiting) {
  public FullTextReport {
    decided = Map.copyOf(decided);
    textChanged = List.copyOf(textChanged);
  }

  public static final FullTextReport NONE = new FullTextReport(0, Map.of(), List.of(), 0);

  /** "8 pages read: 5 article text, 1 paywall, 2 robots.txt disallows; 3 waiting". */
  public String describe() {
    return requests + " page" + (requests == 1 ? "" : "s") + " fetched, " + textChanged.size() + " used"
        + FullTextCounts.keptClause(new TreeMap<>(decided)) + (waiting > 0 ? ", " + waiting + " waiting" : "");
  }
}
