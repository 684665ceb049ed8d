package dev.herald.digest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per name in a briefing: outlets that drop accents ("Jose Jeri") and those that keep them ("José Jerí")
 * tell of the same person, and a briefing that prints both reads as careless. A capitalised word written without its
 * accents is spelt as the story's outlets spell it with them (the most used accented form). The change is of accents
 * alone, so every sentence still matches its article verbatim ({@link Matching#normalize} ignores accents). Pure.
 */
final class Spellings {
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]{2,}(?![\\p{L}\\p{M}])");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Map<String, String> accented;

  private Spellings(Map<String, String> accented) {
    this.accented = accented;
  }

  /** The accented spellings of the capitalised words the story's headlines and texts use, by their bare form. */
  static Spellings of(List<ArticleText> texts) {
    Map<String, Map<String, Integer>> uses = new HashMap<>();
    for (ArticleText a : texts) {
      count(a.article().title(), uses);
      for (SentenceFeatures s : a.sentences()) count(s.text(), uses);
    }
    Map<String, String> best = new HashMap<>();
    uses.forEach((bare, forms) -> forms.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> best.put(bare, e.getKey())));
    return new Spellings(best);
  }

  private static void count(String text, Map<String, Map<String, Integer>> uses) {
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) {
      String w = m.group();
      String bare = bare(w);
      if (!bare.equals(w)) uses.computeIfAbsent(bare, k -> new HashMap<>()).merge(w, 1, Integer::sum);
    }
  }

  /** {@code text} with every capitalised word the story also spells with accents spelt so. */
  String apply(String text) {
    if (accented.isEmpty()) return text;
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(accented.getOrDefault(w, w)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The sections with their headings and sentences spelt alike. */
  List<DraftSection> apply(List<DraftSection> sections) {
    List<DraftSection> out = new ArrayList<>();
    for (DraftSection s : sections) {
      List<DraftSentence> sentences = new ArrayList<>();
      for (DraftSentence d : s.sentences()) sentences.add(new DraftSentence(apply(d.text()), d.articleIds()));
      out.add(new DraftSection(apply(s.heading()), sentences));
    }
    return out;
  }

  /** The word without accents ("Jerí" -> "Jeri"). */
  static String bare(String word) {
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
  }
}
