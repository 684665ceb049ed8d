package dev.herald.digest;

import dev.herald.text.Tokens;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence retells a fact a summary already tells, in other words: outlets paraphrase each other ("Congress
 * voted to impeach interim President Jose Jeri over ..." and "Peru's Congress on Tuesday impeached interim president
 * Jose Jeri, the country's seventh head of state in ten years"), and a briefing that quotes each paraphrase tells one
 * fact three times. A sentence retells a told sentence when its <em>head fact</em> (its main clause, without a lead-in
 * phrase, without who said it, cut before its first subordinate clause) holds no content word that the told sentence
 * and the story's title do not hold, once words are compared loosely: spellings of one country ("U.S.", "United
 * States"), a name and its adjective ("Iran", "Iranian"), word families ("temporary", "temporarily"), and a few news
 * verbs that say the same ("agreed", "reached an understanding"). The told sentence must itself share the head
 * fact's substance (not only the title's words), state its numbers, and agree on negation.
 *
 * <p>What the retelling adds beyond its head fact (a subordinate clause, an attribution) is given up: a briefing that
 * tells a fact once reads better than one that tells three outlets' versions of it. Pure and deterministic.
 */
final class Paraphrases {
  /** A head fact needs this many content words to be judged; shorter ones are never called retellings. */
  static final int MIN_HEAD_TERMS = 3;
  /** Content words of the head fact the told sentence must hold itself, beyond the title's. */
  static final int MIN_SHARED = 2;
  /** A head fact of this many content words or more may hold one word nothing told holds. */
  static final int ONE_MISS_FROM = 6;

  /** Spellings of one name, replaced before tokenising (case-sensitive: "US" the country, not "us"). */
  private static final List<Map.Entry<Pattern, String>> NAMES = List.of(
      Map.entry(Pattern.compile("\\bU\\.S\\.(A\\.)?|\\bUSA?\\b|\\bUnited States( of America)?\\b|\\bAmerica\\b"),
          " usa "),
      Map.entry(Pattern.compile("\\bU\\.K\\.|\\bUK\\b|\\bUnited Kingdom\\b|\\bBritain\\b|\\bBritish\\b"), " britain "),
      Map.entry(Pattern.compile("\\bU\\.N\\.|\\bUN\\b|\\bUnited Nations\\b"), " unitednations "),
      Map.entry(Pattern.compile("\\bE\\.U\\.|\\bEU\\b|\\bEuropean Union\\b"), " europeanunion "));
  /** Words that say the same thing in news copy, by their stems; each maps to one of its group. */
  private static final Map<String, String> SAME = Map.ofEntries(
      Map.entry("understand", "agre"), Map.entry("agreement", "agre"), Map.entry("accord", "agre"),
      Map.entry("impeach", "remov"), Map.entry("impeachment", "remov"), Map.entry("oust", "remov"),
      Map.entry("toppl", "remov"),
      Map.entry("died", "die"), Map.entry("dying", "die"), Map.entry("dead", "die"), Map.entry("death", "die"),
      Map.entry("slain", "kill"), Map.entry("shut", "clos"),
      Map.entry("meet", "talk"), Map.entry("meeting", "talk"), Map.entry("negotiation", "talk"),
      Map.entry("discussion", "talk"),
      Map.entry("restor", "back"), Map.entry("won", "win"),
      Map.entry("exercis", "drill"), Map.entry("manoeuvr", "drill"), Map.entry("maneuver", "drill"));
  /** Words that carry no fact of their own: days, vague time, and filler a paraphrase adds or drops. */
  private static final Set<String> GENERIC = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "morning", "evening", "afternoon", "night", "week",
      "earlier", "later", "recently", "now", "key", "set", "side", "both", "latest", "also", "officially", "formally",
      "reportedly", "conduct", "held", "hold", "take", "place", "made", "make");

  /** A lead-in clause ends at the first comma: "The day before the talks resumed, Iran ...". */
  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?:amid|after|as|despite|following|before|while|when|since|although|though|because|once|with|without|in|on|"
          + "at|during|ahead of|hours|days|weeks|months|years)\\b|(?:\\S+\\s+){1,3}(?:before|after|since|until|when|"
          + "while)\\b)[^,]{0,120},\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "X said (that) ...", "X says ...": the speaker opens the sentence. */
  private static final Pattern SAID_FIRST = Pattern.compile(
      "^.{2,90}?\\b(?:said|says|say|told (?:reporters|journalists|\\p{L}+)|added|stated|reported|confirmed)\\s+"
          + "(?:on \\p{L}+\\s+)?(?:that\\s+)?(?=\\S+(?:\\s+\\S+){3})",
      Pattern.UNICODE_CASE);
  /** ", X said," / ", said X" / ", according to X" anywhere: the speaker inside or after the fact. */
  private static final Pattern SAID_INSIDE = Pattern.compile(
      ",\\s+(?:[^,]{1,70}?\\s+(?:said|says|say|told \\p{L}+|added|stated|reported)(?:\\s+on\\s+\\p{L}+)?"
          + "|(?:said|says)\\s+(?:the\\s+)?(?:\\p{Lu}\\S*\\s*){1,5}|according to\\s+[^,]{1,70}?)(?=,|[.!?\"”’]*$)",
      Pattern.UNICODE_CASE);
  /**
   * Where the head fact ends: a dash, a semicolon or colon, a comma (an apposition, a subordinate or participle clause,
   * a time phrase: "..., four months after he replaced ..."), a subordinator, a participle clause without a comma
   * ("agreed to a set of principles laying the groundwork for ...").
   */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "\\s+[—–-]\\s+|[;,:]\\s+|\\s+(?:after|as|while|amid|because|although|though|since|before|following|despite|when|"
          + "whereas|but|which|who)\\s+|\\s+(?=\\p{Ll}{3,}ing\\s+(?:the|a|an)\\s)",
      Pattern.UNICODE_CASE);
  private static final int MIN_HEAD_WORDS = 4;

  private Paraphrases() {}

  /**
   * Whether {@code sentence} retells {@code told}: its head fact holds nothing {@code told} and the title do not,
   * {@code told} holds at least {@value #MIN_SHARED} of the head fact's own content words, every number of the head
   * fact is told, and both say it with or without negation alike.
   *
   * @param titleTerms the loose terms of the story's title ({@link #terms}); empty when it has none
   */
  static boolean retells(SentenceFeatures sentence, SentenceFeatures told, Set<String> titleTerms) {
    String head = head(sentence.text());
    Set<String> headTerms = terms(head);
    if (headTerms.size() < MIN_HEAD_TERMS) return false;
    if (sentence.negated() != told.negated()) return false;
    SentenceFeatures headFeatures = SentenceFeatures.of(head);
    if (!told.numbers().containsAll(headFeatures.numbers())) return false;
    if (Polarity.contradicts(headFeatures.termSet(), told.termSet())) return false;
    Set<String> toldTerms = terms(told.text());
    int shared = 0;
    int missing = 0;
    for (String t : headTerms) {
      if (holds(toldTerms, t)) {
        shared++;
      } else if (!holds(titleTerms, t)) {
        missing++;
      }
    }
    return shared >= MIN_SHARED && missing <= (headTerms.size() >= ONE_MISS_FROM ? 1 : 0);
  }

  /** Whether {@code sentence} retells any of {@code told}; the first one it retells, or -1. */
  static int retold(SentenceFeatures sentence, List<SentenceFeatures> told, Set<String> titleTerms) {
    for (int i = 0; i < told.size(); i++) if (retells(sentence, told.get(i), titleTerms)) return i;
    return -1;
  }

  /**
   * The head fact of a sentence: without a lead-in phrase and who said it, up to its first subordinate clause (when
   * {@value #MIN_HEAD_WORDS} words or more come before it).
   */
  static String head(String sentence) {
    String s = sentence.strip();
    s = LEAD_IN.matcher(s).replaceFirst("");
    s = SAID_INSIDE.matcher(s).replaceAll("");
    s = SAID_FIRST.matcher(s).replaceFirst("");
    java.util.regex.Matcher m = CLAUSE_END.matcher(s);
    while (m.find()) {
      if (s.substring(0, m.start()).split("\\s+").length >= MIN_HEAD_WORDS) return s.substring(0, m.start()).strip();
    }
    return s.replaceAll("[.!?\"”’]+$", "");
  }

  /**
   * The loose content terms of a text: one spelling per country or body, stems, word groups of {@link #SAME}, without
   * {@link #GENERIC} words.
   */
  static Set<String> terms(String text) {
    String t = text;
    for (Map.Entry<Pattern, String> e : NAMES) t = e.getKey().matcher(t).replaceAll(e.getValue());
    Set<String> out = new LinkedHashSet<>();
    for (String term : Tokens.terms(t)) {
      String s = SAME.getOrDefault(term, term);
      if (!GENERIC.contains(s) && !GENERIC.contains(term)) out.add(s);
    }
    return out;
  }

  /**
   * {@code text} without the capitalised words that stand next to a name {@code titleTerms} holds ("Jose" in "President
   * Jose Jeri" when the title names Jeri): they are part of that name, not news of their own.
   */
  static String withoutNamesOf(String text, Set<String> titleTerms) {
    String[] words = text.split("\\s+");
    boolean[] drop = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      if (!capitalised(words[i]) || !holdsAll(titleTerms, words[i])) continue;
      for (int j = i - 1; j >= 0 && capitalised(words[j]) && !holdsAll(titleTerms, words[j]); j--) drop[j] = true;
      for (int j = i + 1; j < words.length && capitalised(words[j]) && !holdsAll(titleTerms, words[j]); j++) {
        drop[j] = true;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) if (!drop[i] || i == 0) out.append(words[i]).append(' ');
    return out.toString().strip();
  }

  private static boolean capitalised(String word) {
    String w = word.replaceAll("^[^\\p{L}]+", "");
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean holdsAll(Set<String> titleTerms, String word) {
    Set<String> t = terms(word);
    if (t.isEmpty()) return false;
    for (String x : t) if (!holds(titleTerms, x)) return false;
    return true;
  }

  /**
   * Whether {@code terms} hold {@code t} or a word of its family: one a prefix of the other but for a letter, in words of
   * four letters or more ("temporary", "temporarily"; "iran", "iranian"), or a three-letter stem and its word ("vot",
   * "vote").
   */
  static boolean holds(Set<String> terms, String t) {
    if (terms.contains(t)) return true;
    for (String o : terms) if (family(o, t)) return true;
    return false;
  }

  private static boolean family(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int apart = Math.abs(a.length() - b.length());
    if (shorter < 3 || apart > 4) return false;
    int common = 0;
    while (common < shorter && a.charAt(common) == b.charAt(common)) common++;
    // a three-letter stem only with one more letter: "vot" (voted) and "vote" (votes)
    if (shorter == 3) return common == 3 && apart == 1 && Character.isLetter(a.charAt(0));
    return common >= shorter - 1 && common >= 4;
  }
}
