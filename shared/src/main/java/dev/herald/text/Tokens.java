package dev.herald.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word tokens for matching and scoring: lower-cased, accents folded, stop words dropped on request, light stems. */
public final class Tokens {
  // compiled once: String.replaceAll, replaceFirst and split compile their expression on every call
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(s?html?|php|aspx?|cms|story)$");
  private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_+.]");

  /** Common English function words; they carry no topic. */
  public static final Set<String> STOP_WORDS = Set.copyOf(List.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
      "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same",
      "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
      "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
      "with", "would", "you", "your", "yours", "yourself", "yourselves", "new", "one", "two", "may", "might",
      "must", "shall", "its", "it's", "s", "t", "don", "mr", "mrs", "ms", "per", "via", "yet", "according"));

  private Tokens() {}

  /** Lower-cased word tokens (letters and digits, inner apostrophes and hyphens split), stop words kept. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Content terms: {@link #words} without stop words and one-letter tokens, stemmed. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (w.length() < 2 || STOP_WORDS.contains(w)) continue;
      out.add(stem(w));
    }
    return out;
  }

  /** Lower case without accents: "Zürich" becomes "zurich". */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) ascii = lower.charAt(i) < 128;
    if (ascii) return lower;
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** A light English stem: plural and common verb endings, so "strikes", "striking" and "strike" meet. */
  public static String stem(String w) {
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) return w;
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("sses")) return w.substring(0, w.length() - 2);
    if (w.endsWith("ing") && w.length() > 5) return dropDouble(w.substring(0, w.length() - 3));
    if (w.endsWith("ed") && w.length() > 4) return dropDouble(w.substring(0, w.length() - 2));
    if (w.endsWith("es") && w.length() > 4 && "sxz".indexOf(w.charAt(w.length() - 3)) >= 0) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("e") && w.length() > 4) return w.substring(0, w.length() - 1);
    return w;
  }

  /**
   * The words of a URL's slug: path segments that read as several hyphen- or underscore-joined words
   * ({@code /2026/11/26/storm-isolde-hits-coast.html} gives storm, isolde, hits, coast). Segments of fewer than three
   * parts, numbers and the host are skipped; they name sections and ids, not the story. Never throws.
   */
  public static List<String> slugWords(String url) {
    List<String> out = new ArrayList<>();
    if (url == null || url.isEmpty()) return out;
    String u = url.replace('\\', '/');
    int scheme = u.indexOf("://");
    int pathStart = u.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (pathStart < 0) return out;
    int end = u.length();
    for (char stop : new char[] {'?', '#'}) {
      int i = u.indexOf(stop, pathStart);
      if (i >= 0 && i < end) end = i;
    }
    for (String segment : u.substring(pathStart, end).split("/")) {
      String s = PAGE_EXTENSION.matcher(segment).replaceFirst("");
      String[] parts = SLUG_SEPARATOR.split(s);
      if (parts.length < 3) continue;
      for (String p : parts) {
        if (!p.isEmpty() && allLetters(p)) out.add(p);
      }
    }
    return out;
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) return false;
    }
    return true;
  }

  private static String dropDouble(String w) {
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    if (w.endsWith("e") && w.length() > 4) return w.substring(0, w.length() - 1);
    return w;
  }
}
