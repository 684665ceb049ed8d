package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.text.Boilerplate;
import dev.herald.text.SentenceSplitter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One-line source descriptions for the {@code Sources} list, saying what each source adds to the briefing: its first
 * informative sentence (feed description first, then its text; not boilerplate, not the headline again, at least six
 * words) that the briefing's text does not already tell, so a source whose lead the text quotes is described by its
 * next fact instead of the same sentence twice. When the briefing tells all of the first {@value #LOOK} informative
 * sentences, the first one. At most {@value #MAX_WORDS} words; a longer sentence is cut at a word and marked with an
 * ellipsis.
 */
final class SourceDescriptions {
  static final int MAX_WORDS = 40;
  /** Informative sentences looked at per source before falling back to the first. */
  static final int LOOK = 4;
  /** A sentence whose content terms the briefing's text holds to this share tells nothing new. */
  static final double TOLD = 0.7;

  private SourceDescriptions() {}

  /** A description per article id, for {@link dev.herald.digest.CitationNumberer#number}. */
  public static Map<String, String> of(List<Article> articles) {
    return of(articles, Set.of());
  }

  /** A description per article id, each saying what the article adds to {@code draft}'s text. */
  public static Map<String, String> of(List<Article> articles, DraftSummary draft) {
    Set<String> told = new HashSet<>();
    for (DraftSection section : draft.sections()) {
      for (DraftSentence s : section.sentences()) told.addAll(SentenceFeatures.of(s.text()).termSet());
    }
    return of(articles, told);
  }

  private static Map<String, String> of(List<Article> articles, Set<String> told) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : articles) out.put(a.id(), describe(a, told));
    return out;
  }

  /** The one-line description of {@code article}; empty when it has no informative sentence. */
  public static String describe(Article article) {
    return describe(article, Set.of());
  }

  private static String describe(Article article, Set<String> told) {
    String title = Matching.normalize(article.title()).toLowerCase(Locale.ROOT);
    String first = null;
    int looked = 0;
    for (String source : List.of(article.description(), article.text())) {
      for (String s : SentenceSplitter.split(Boilerplate.strip(source))) {
        if (!informative(s, title)) continue;
        if (first == null) first = s;
        if (!alreadyTold(s, told)) return shorten(s);
        if (++looked >= LOOK) return shorten(first);
      }
    }
    return first == null ? "" : shorten(first);
  }

  private static boolean alreadyTold(String s, Set<String> told) {
    Set<String> own = SentenceFeatures.of(s).termSet();
    return !own.isEmpty() && Support.shared(own, told) >= TOLD * own.size();
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
