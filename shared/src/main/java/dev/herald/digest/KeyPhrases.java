package dev.herald.digest;

import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short heading drawn from a group's own sentences when no headline fits: the run of one to four content words
 * (names may keep an inner "of", "the" or "and") that is most particular to the group, preferring names and
 * multi-word phrases, never a bare date or number.
 */
final class KeyPhrases {
  private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "de", "la");
  /** Prepositions that may join two runs of content words of two words each at least. */
  private static final Set<String> LINKS = Set.of("of", "with", "over", "for", "on", "in", "against", "from");
  /** Prepositions a phrase may not end on nor start with ("Man ran toward"). */
  private static final Set<String> PREPOSITIONS = Set.of("toward", "towards", "into", "onto", "upon", "across",
      "through", "near", "around", "behind", "beyond", "despite", "via", "amid", "among", "between", "without");
  private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "tomorrow", "week", "year", "month", "percent");
  /** Verbs too common to be caught by their ending; a heading is a noun phrase. */
  private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "will", "would", "could",
      "can", "has", "have", "had", "was", "were", "is", "are", "be", "been", "made", "make", "makes", "took", "take",
      "takes", "gave", "give", "gives", "began", "begin", "begins", "expects", "expect", "wants", "came",
      "come", "went", "go", "goes", "got", "get", "gets", "won", "win", "wins", "lost", "lose", "cut", "cuts", "put",
      "set", "sets", "hit", "hits", "let", "left", "keep", "kept", "keeps", "held", "hold", "holds", "found", "finds",
      "added", "adds", "warned", "warns", "called", "calls", "showed", "shows", "became", "becomes", "saw", "sees",
      "recorded", "voted", "rose", "fell", "ran", "run", "runs", "sat", "stood", "fled", "flew", "met", "led", "sent",
      "spent", "brought", "fought", "sought", "struck", "drove", "wrote", "spoke", "chose", "threw", "grew", "knew", "died", "dies", "die", "ask", "asks", "rise", "rises", "falls", "plan", "plans", "hopes", "currently", "also", "still", "already", "about", "least", "most", "first", "last",
      "earlier", "later", "next", "former", "chief", "executive", "officials", "official", "spokesman",
      "spokeswoman", "according", "including", "among", "whose", "full", "more", "than");

  private KeyPhrases() {}

  /**
   * The heading for {@code sentences}: its best-scoring phrase that {@code ok} accepts and is unlike every heading in
   * {@code taken} (lower-case keys); empty when none is (the caller falls back to a sentence's opening, which never
   * ends on a word that leaves it unfinished).
   */
  static String heading(List<String> sentences, List<ArticleText> texts, Set<String> taken,
      java.util.function.Predicate<String> ok) {
    Map<String, Integer> storyUse = new HashMap<>();
    int storySentences = 0;
    for (ArticleText a : texts) {
      for (SentenceFeatures s : a.sentences()) {
        storySentences++;
        for (String t : s.termSet()) storyUse.merge(t, 1, Integer::sum);
      }
    }
    Map<String, Integer> groupUse = new HashMap<>();
    for (String s : sentences) {
      for (String t : new HashSet<>(Tokens.terms(s))) groupUse.merge(t, 1, Integer::sum);
    }
    String best = null;
    double bestScore = 0;
    for (String s : sentences) {
      for (List<String> phrase : phrases(s)) {
        double score = score(phrase, groupUse, storyUse, storySentences);
        String text = String.join(" ", phrase);
        if (score > bestScore && !taken.contains(text.toLowerCase(Locale.ROOT)) && ok.test(capitalised(text))) {
          best = text;
          bestScore = score;
        }
      }
    }
    if (best == null) return "";
    return capitalised(best);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double score(List<String> phrase, Map<String, Integer> group, Map<String, Integer> story, int n) {
    double score = 0;
    int content = 0;
    for (String w : phrase) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (JOINERS.contains(lower) || LINKS.contains(lower)) continue;
      content++;
      String t = Tokens.stem(Tokens.fold(lower));
      score += group.getOrDefault(t, 0) * Math.log(1 + (double) n / story.getOrDefault(t, 1));
      if (Character.isUpperCase(w.charAt(0))) score += 0.5;
    }
    if (content == 0) return 0;
    return score / Math.sqrt(content) * (content >= 2 ? 1.5 : 1.0);
  }

  /** Runs of up to four content words; a joiner may sit inside a run of capitalised words. */
  static List<List<String>> phrases(String sentence) {
    List<List<String>> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String raw : sentence.split("\\s+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      boolean breaks = !raw.equals(w) && raw.matches(".*[,.;:!?\"”)].*$");
      words.add(w);
      if (breaks) words.add("");
    }
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= words.size(); i++) {
      String w = i < words.size() ? words.get(i) : "";
      String lower = w.toLowerCase(Locale.ROOT);
      boolean joiner = JOINERS.contains(lower) && !run.isEmpty() && Character.isUpperCase(run.get(0).charAt(0))
          && i + 1 < words.size() && !words.get(i + 1).isEmpty() && Character.isUpperCase(words.get(i + 1).charAt(0))
          // "secret meetings with Chinese businessmen": a preposition between two runs of content words
          || LINKS.contains(lower) && run.size() >= 2 && !LINKS.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))
          && i + 2 < words.size() && contentWord(words.get(i + 1)) && contentWord(words.get(i + 2));
      boolean content = !w.isEmpty() && !Tokens.STOP_WORDS.contains(lower) && !DATES.contains(lower)
          && !w.chars().allMatch(Character::isDigit) && w.length() > 1 && !verbish(lower);
      if (content || joiner) {
        run.add(w);
      } else {
        addRuns(run, out);
        run = new ArrayList<>();
      }
    }
    return out;
  }

  /**
   * Whether each preposition of {@link #LINKS} in the phrase joins the words of a name ("Strait of Hormuz") or follows
   * two words, the last in lower case ("secret meetings with ..."), never a name ("Hormuz for live fire").
   */
  private static boolean linksNouns(List<String> p) {
    for (int k = 1; k < p.size() - 1; k++) {
      if (!LINKS.contains(p.get(k).toLowerCase(Locale.ROOT))) continue;
      boolean inName = Character.isUpperCase(p.get(k - 1).charAt(0)) && Character.isUpperCase(p.get(k + 1).charAt(0));
      if (!inName && (k < 2 || !Character.isLowerCase(p.get(k - 1).charAt(0)))) return false;
    }
    return true;
  }

  private static boolean contentWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return !w.isEmpty() && !Tokens.STOP_WORDS.contains(lower) && !DATES.contains(lower) && w.length() > 1
        && !w.chars().allMatch(Character::isDigit) && !verbish(lower);
  }

  /** Verbs and adverbs by form: "-ed", "-ly", common verbs; "-ing" words stay (often nouns: "meeting"). */
  static boolean verbish(String lower) {
    if (VERBS.contains(lower)) return true;
    if (lower.length() > 4 && lower.endsWith("ed")) return true;
    return lower.length() > 4 && lower.endsWith("ly") && !lower.endsWith("ply");
  }

  private static void addRuns(List<String> run, List<List<String>> out) {
    for (int from = 0; from < run.size(); from++) {
      for (int to = from + 1; to <= Math.min(run.size(), from + 6); to++) {
        List<String> p = run.subList(from, to);
        // never from inside a name ("Strait of | Hormuz"); a preposition joins two common nouns' runs only
        if (from > 0 && JOINERS.contains(run.get(from - 1).toLowerCase(Locale.ROOT))) continue;
        // nor a long phrase without the modifier before it ("fire military drills" of "live fire military drills")
        String before = from > 0 ? run.get(from - 1) : "";
        if (p.size() >= 3 && !before.isEmpty() && Character.isLowerCase(before.charAt(0))
            && !LINKS.contains(before.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (!linksNouns(p)) continue;
        String head = p.get(0).toLowerCase(Locale.ROOT);
        String tail = p.get(p.size() - 1).toLowerCase(Locale.ROOT);
        if (JOINERS.contains(head) || LINKS.contains(head) || JOINERS.contains(tail) || LINKS.contains(tail)
            || PREPOSITIONS.contains(head) || PREPOSITIONS.contains(tail)) {
          continue;
        }
        out.add(List.copyOf(p));
      }
    }
  }
}
