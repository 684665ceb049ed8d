package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.text.Boilerplate;
import dev.herald.text.SentenceSplitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-line source descriptions for the {@code Sources} list: the first complete sentence of the feed's description,
 * else the first informative sentence of the text (not boilerplate, not the headline again, at least six words).
 * At most {@value #MAX_WORDS} words; a longer sentence is cut at a word and marked with an ellipsis.
 */
final class SourceDescriptions {
  static final int MAX_WORDS = 40;

  private SourceDescriptions() {}

  /** A description per article id, for {@link dev.herald.model.CitationNumberer#number}. */
  public static Map<String, String> of(List<Article> articles) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : articles) out.put(a.id(), describe(a));
    return out;
  }

  /** The one-line description of {@code article}; empty when it has no informative sentence. */
  public static String describe(Article article) {
    String title = Matching.normalize(article.title()).toLowerCase(Locale.ROOT);
    for (String source : List.of(article.description(), article.text())) {
      for (String s : SentenceSplitter.split(Boilerplate.strip(source))) {
        if (informative(s, title)) return shorten(s);
      }
    }
    return "";
  }

  private static boolean informative(String s, String title) {
    if (Boilerplate.isBoilerplate(s)) return false;
    if (Matching.normalize(s).toLowerCase(Locale.ROOT).equals(title)) return false;
    SentenceFeatures f = SentenceFeatures.of(s);
    return f.words() >= 6 && f.termSet().size() >= 3 && !s.endsWith("…") && !s.endsWith("[…]") && !s.endsWith("...");
  }

  private static String shorten(String s) {
    String[] words = s.split(" ");
    if (words.length <= MAX_WORDS) return s;
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)).replaceAll("[,;:]+$", "") + " …";
  }
}
