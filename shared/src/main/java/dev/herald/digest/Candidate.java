package dev.herald.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence that may enter a summary: where it comes from and whether it reads well on its own.
 *
 * @param article the index of its article in the story
 * @param position its index among the article's sentences (0 = lead)
 */
record Candidate(int article, int position, SentenceFeatures features) {
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 60;
  private static final Pattern COMPLETE = Pattern.compile(".*[.!?][\"'”’)]*$");
  /** Links, handles, pipes, truncation marks, and bracketed numbers that would read as citation markers. */
  private static final Pattern NOISE =
      Pattern.compile("https?:|www\\.|@\\w|\\|| \\[…]|\\.\\.\\.$|…[\"'”’]?$|\\[\\d{1,4}]");
  private static final Pattern DATELINE =
      Pattern.compile("\\p{Lu}[\\p{Lu} .,'-]{1,40}(\\s*\\([\\p{L}. ]{1,20}\\))?\\s*[—–-]{1,2}\\s+(?=\\p{Lu})");
  private static final Set<String> DANGLING = Set.of("he", "she", "it", "they", "this", "that", "these", "those",
      "his", "her", "its", "their", "but", "and", "or", "so", "also", "however", "still", "yet", "then", "meanwhile",
      "instead", "there", "here", "such", "both", "another", "other", "others", "the latter", "the former");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us", "you", "your");

  String text() {
    return features().text();
  }

  int words() {
    return features().words();
  }

  /** The usable sentences of every article, in story order then article order. */
  static List<Candidate> of(List<ArticleText> texts) {
    List<Candidate> out = new ArrayList<>();
    for (ArticleText a : texts) {
      String title = Matching.normalize(a.article().title()).toLowerCase(Locale.ROOT);
      List<SentenceFeatures> sentences = a.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        SentenceFeatures s = sentences.get(i);
        SentenceFeatures f = withoutDateline(s);
        if (usable(f) && !Matching.normalize(f.text()).toLowerCase(Locale.ROOT).equals(title)) {
          out.add(new Candidate(a.index(), i, f));
        }
      }
    }
    return out;
  }

  /**
   * The sentence without a leading dateline ("ESTENBURG — ", "DENVER (AP) — "); what remains is still a verbatim
   * piece of the article.
   */
  static SentenceFeatures withoutDateline(SentenceFeatures s) {
    java.util.regex.Matcher m = DATELINE.matcher(s.text());
    return m.lookingAt() && m.end() < s.text().length() ? SentenceFeatures.of(s.text().substring(m.end())) : s;
  }

  /** A complete declarative sentence of sensible length, with no links, handles or truncation marks. */
  static boolean usable(SentenceFeatures s) {
    String t = s.text();
    if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || s.termSet().size() < 3) return false;
    if (!COMPLETE.matcher(t).matches() || t.endsWith("?") || t.matches(".*\\?[\"'”’)]+$")) return false;
    if (NOISE.matcher(t).find()) return false;
    char first = firstLetterOrDigit(t);
    if (!(Character.isUpperCase(first) || Character.isDigit(first))) return false;
    long upper = t.chars().filter(Character::isUpperCase).count();
    long letters = t.chars().filter(Character::isLetter).count();
    return upper * 2 < letters;
  }

  /** A factor below 1 for sentences that lean on context they will not have in a summary. */
  double readability() {
    String first = firstWord(text());
    double f = 1.0;
    if (DANGLING.contains(first)) f *= 0.6;
    if (FIRST_PERSON.contains(first)) f *= 0.5;
    char c = text().charAt(0);
    if (c == '"' || c == '“' || c == '\'' || c == '‘') f *= 0.8;
    return f;
  }

  private static String firstWord(String t) {
    int i = 0;
    while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) i++;
    int j = i;
    while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '\'')) j++;
    return t.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static char firstLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) return t.charAt(i);
    }
    return ' ';
  }
}
