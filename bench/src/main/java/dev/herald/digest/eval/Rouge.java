package dev.herald.digest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference (Lin, 2004), computed the way Google's
 * {@code rouge_score} package computes them with {@code use_stemmer=True}:
 *
 * <ul>
 *   <li>tokens: the text lower-cased, every run of characters other than {@code a-z0-9} replaced by a space, split
 *       on spaces; tokens longer than three characters Porter-stemmed ({@link PorterStemmer}); no stop-word removal;
 *   <li>ROUGE-N: clipped n-gram overlap ({@code sum of min(count in candidate, count in reference)}); precision over
 *       the candidate's n-grams, recall over the reference's, F1 their harmonic mean (0 when both are 0);
 *   <li>ROUGE-L: longest common subsequence of the two whole token sequences (not the summary-level union LCS),
 *       precision and recall over the two lengths, F1 as above.
 * </ul>
 *
 * Figures from this class are from Herald's implementation, not from the official Perl script; the stemmer is
 * Porter's reference algorithm, while {@code rouge_score} uses NLTK's variant. Not thread-safe (the stemmer keeps a
 * buffer): use one instance per thread.
 */
final class Rouge {
  private final PorterStemmer stemmer = new PorterStemmer();

  /** F1 scores in [0, 1]. */
  public record Scores(double rouge1, double rouge2, double rougeL) {}

  public Scores score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Scores(ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r));
  }

  /** The tokens ROUGE compares, stemmed. */
  public List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= lower.length(); i++) {
      char ch = i < lower.length() ? lower.charAt(i) : ' ';
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        token.append(ch);
      } else if (token.length() > 0) {
        String t = token.toString();
        out.add(t.length() > 3 ? stemmer.stem(t) : t);
        token.setLength(0);
      }
    }
    return out;
  }

  static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> c = ngrams(candidate, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : c.entrySet()) overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    return f1(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  static double lcsF1(List<String> candidate, List<String> reference) {
    return f1(lcs(candidate, reference), candidate.size(), reference.size());
  }

  /** Length of the longest common subsequence, in O(|a| |b|) time and O(|b|) memory. */
  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    return out;
  }

  static double f1(int overlap, int candidateCount, int referenceCount) {
    double p = candidateCount == 0 ? 0 : (double) overlap / candidateCount;
    double r = referenceCount == 0 ? 0 : (double) overlap / referenceCount;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
