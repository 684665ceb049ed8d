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
  /** A sentence that ends on an initialism ("U.S.", "U.N."): where feeds cut their teasers. */
  private static final Pattern ENDS_ON_INITIALISM = Pattern.compile("(?:^|\\s)(\\S+\\s+)?(?:\\p{Lu}\\.){2,}[\"'”’)]*$");
  /** A quotation of four words or more. */
  private static final Pattern LONG_QUOTE = Pattern.compile("[\"“](\\S+\\s+){3,}[^\"“”]*[\"”]");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(said|says|say|told|tells|according to|added|adds|wrote|writes|stated|declared|announced|insisted|argued|"
          + "warned|warns|claimed|claims|asked|asks|explained|noted|recalled|quoted|posted|tweeted|described|called|"
          + "urged|insists|argues|stressed|replied|responded|acknowledged|admitted)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VERB = Pattern.compile(
      "\\b(is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|"
          + "do|said|says|told|took|made|met|won|lost|led|left|held|went|came|gave|got|saw|ran|fell|rose|began|became|"
          + "brought|bought|fought|thought|found|kept|sent|spent|struck|stood|spoke|wrote|broke|chose|drove|flew|grew|"
          + "knew|threw|shot|hit|cut|put|set|let|quit|hurt|cost|beat|paid|sold|sought|taught|won|wore|swore|sank|"
          + "\\p{Ll}{2,}ed|\\p{Ll}{2,}[^s\\W]s)\\b");
  /** A sentence that opens on a pronoun leans on a sentence the summary does not have. */
  private static final Set<String> PRONOUN_START = Set.of("he", "she", "it", "they", "his", "her", "its", "their",
      "this", "these", "those", "him", "them");
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
      boolean teaser = sentences.size() <= 3;
      for (int i = 0; i < sentences.size(); i++) {
        SentenceFeatures s = sentences.get(i);
        SentenceFeatures f = withoutDateline(s);
        if (cut(f.text(), teaser && i == sentences.size() - 1)) continue;
        // a teaser's sentence that opens on a pronoun has lost what it points back to, and a quotation without its
        // speaker says nothing of who said it (in a full text the speaker is often in the next sentence)
        if (teaser && (PRONOUN_START.contains(firstWord(f.text())) || unattributedQuote(f.text()))) continue;
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

  /**
   * Whether a feed cut the sentence short: it ends on an initialism ("... with U.S.", "the head of the U.N." as the
   * last sentence of a teaser), where a feed that cuts at the first full stop stops.
   */
  static boolean cut(String text, boolean lastOfTeaser) {
    java.util.regex.Matcher m = ENDS_ON_INITIALISM.matcher(text);
    if (!m.find()) return false;
    String before = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
    return lastOfTeaser || !before.equals("the");
  }

  /**
   * A complete declarative sentence of sensible length, with a verb and no links, handles or truncation marks.
   */
  static boolean usable(SentenceFeatures s) {
    String t = s.text();
    if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || s.termSet().size() < 3) return false;
    if (!VERB.matcher(t).find()) return false;
    if (t.endsWith(":") || t.matches("^(And|Or|But|Which|Who)\\b.*")) return false;
    if (!COMPLETE.matcher(t).matches() || t.endsWith("?") || t.matches(".*\\?[\"'”’)]+$")) return false;
    if (NOISE.matcher(t).find()) return false;
    char first = firstLetterOrDigit(t);
    if (!(Character.isUpperCase(first) || Character.isDigit(first))) return false;
    long upper = t.chars().filter(Character::isUpperCase).count();
    long letters = t.chars().filter(Character::isLetter).count();
    return upper * 2 < letters;
  }

  /** Whether the sentence leans on an earlier one: it opens on a dangling word or says "also" early on. */
  boolean leansOnContext() {
    if (DANGLING.contains(firstWord(text()))) return true;
    String[] w = text().toLowerCase(Locale.ROOT).split("\\s+", 4);
    for (int i = 0; i < Math.min(3, w.length); i++) if (w[i].equals("also")) return true;
    return false;
  }

  /** Whether the sentence quotes four words or more and names no speaker. */
  static boolean unattributedQuote(String text) {
    return LONG_QUOTE.matcher(text).find() && !ATTRIBUTION.matcher(text).find();
  }

  /** A factor below 1 for sentences that lean on context they will not have in a summary. */
  double readability() {
    String first = firstWord(text());
    double f = 1.0;
    if (leansOnContext()) f *= 0.6;
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
