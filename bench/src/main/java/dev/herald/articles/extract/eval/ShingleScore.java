package dev.herald.articles.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's score in the Zyte (Scrapinghub) article extraction benchmark: both texts split into {@code \w+} tokens
 * (Python's: letters, digits and the underscore, so combining marks split words as they do there),
 * counted as 4-token shingles; true positives, false positives and false negatives over the shingle counts,
 * normalised to sum to 1 so that long pages weigh the same as short ones. Precision is undefined for an empty
 * prediction and recall for an empty truth; such pages are left out of the respective average (as the benchmark's
 * {@code evaluate.py} does).
 */
public record ShingleScore(double tp, double fp, double fn) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  public static ShingleScore of(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int a = e.getValue();
      int b = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(a, b);
      fn += Math.max(0, a - b);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new ShingleScore(0, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
  }

  public boolean hasPrecision() {
    return tp + fp > 0;
  }

  public boolean hasRecall() {
    return tp + fn > 0;
  }

  public double precision() {
    if (fp == 0 && fn == 0) return 1;
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  public double recall() {
    if (fp == 0 && fn == 0) return 1;
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) tokens.add(m.group());
    Map<List<String>, Integer> out = new HashMap<>();
    // like the benchmark, a text of fewer than N tokens is one shorter shingle
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> s = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
    }
    return out;
  }
}
