package dev.herald.digest;

import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Section headings cut from the story's own words (a headline, or a sentence's main clause) to
 * {@value #MIN_WORDS}-{@value #MAX_WORDS} words, at a clause or phrase boundary, ending on a word that can end a
 * phrase: never "China seems", never a dangling "of the". Pure.
 */
final class Headings {
  static final int MIN_WORDS = 3;
  static final int MAX_WORDS = 10;
  /** A heading whose content terms the title holds to this share says nothing the title does not. */
  static final double REPEATS = 0.75;
  /** Words a clause may be cut before: relative pronouns, subordinators, and a comma's clause. */
  private static final Set<String> STRONG = Set.of("who", "which", "that", "while", "as", "after", "amid",
      "despite", "following", "before", "because", "but", "where", "when", "since", "although", "though", "until",
      "whose", "whom", "if", "unless");
  /** Verbs that say nothing before the clause telling when or how ("came as", "comes after"). */
  private static final Set<String> OPEN_VERBS = Set.of("came", "comes", "come", "happened", "happens", "occurred",
      "occurs", "unfolded", "arrived", "arrives");
  /** Nouns a "when" or "where" clause defines ("at a time when", "the place where"). */
  private static final Set<String> ANTECEDENTS = Set.of("time", "times", "moment", "day", "days", "year", "years",
      "week", "period", "point", "place", "places", "stage", "era", "age", "juncture", "case", "cases");
  /** Conjunctions that open a clause with a subject of its own ("... came as | officials urgently try ..."). */
  private static final Set<String> CONJUNCTIONS = Set.of("as", "while", "because", "but", "when", "since",
      "although", "though", "until", "if", "unless", "after", "before", "whereas");
  /** Prepositions and conjunctions a phrase may be cut before. */
  private static final Set<String> WEAK = Set.of("in", "on", "at", "over", "for", "from", "by", "with", "into",
      "during", "across", "near", "against", "between", "through", "under", "and", "or", "about");
  /** Words a heading may not end on: it would read as a cut sentence. */
  private static final Set<String> NO_END = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
      "and", "or", "but", "nor", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
      "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "that",
      "which", "who", "whom", "whose", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
      "says", "say", "said", "seems", "seem", "seemed", "appears", "appear", "than", "into", "over", "about", "after",
      "before", "amid", "while", "if", "not", "no", "very", "more", "most", "such", "also", "just", "only", "new",
      "how", "why", "what", "when", "where", "some", "any", "all", "both", "each", "other", "another", "up", "out",
      "mr", "mrs", "ms", "dr", "st", "u.s", "u.n", "tells", "told", "get", "gets", "make", "makes", "set", "sets",
      "latest", "first", "last", "one", "part", "even", "series", "rest", "same", "kind", "sort", "type", "number", "lot");
  /**
   * Words that open a phrase leading into a main clause ("Amid threat of U.S. attack, Iran nuclear talks proceed
   * without breakthrough"): the heading is the main clause after the comma.
   */
  private static final Set<String> LEADING = Set.of("amid", "with", "after", "as", "despite", "following", "before",
      "while", "when", "since", "although", "though", "because", "if", "unless", "once", "in", "on", "at", "for",
      "from", "by", "during", "over", "under", "without", "ahead", "days", "hours", "weeks", "months", "years");
  /** Words that open a time clause after a few words of time ("The day before", "Hours after", "A week since"). */
  private static final Set<String> TIME_CLAUSE = Set.of("before", "after", "since", "until", "when", "while");
  /** Irregular past participles: a cut after one leaves a clause open ("a homework tutor built"). */
  private static final Set<String> PARTICIPLES = Set.of("built", "made", "held", "known", "shown", "seen", "given",
      "taken", "done", "written", "led", "left", "paid", "sold", "sent", "brought", "bought", "caught", "taught",
      "found", "kept", "told", "thrown", "drawn", "grown", "chosen", "spoken", "broken", "driven", "won", "lost",
      "hit", "cut", "put", "set", "run", "begun", "become", "come", "gone", "struck", "meant", "felt", "heard",
      "laid", "said", "shot", "spent", "stood", "understood", "beaten", "bitten", "eaten", "fallen", "hidden",
      "ridden", "risen", "stolen", "sworn", "torn", "worn", "woken", "forgotten", "frozen");
  /** Reporting verbs: a heading cut inside what was reported ("The agency said all six instruments") is a fragment. */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added", "adds",
      "announced", "announces", "warned", "warns", "claimed", "claims", "reported", "reports", "stated", "states",
      "confirmed", "confirms", "believes", "believed", "thinks", "argued", "argues", "insisted", "insists", "noted");

  /** Verbs whose object is followed by what is asked for: a heading may not stop before it. */
  private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking", "urge", "urges", "urged",
      "press", "presses", "pressed", "call", "calls", "called", "appeal", "appeals", "appealed", "push", "pushes",
      "pushed", "petition", "petitions", "petitioned", "sue", "sues", "sued", "blame", "blames", "blamed", "thank",
      "thanks", "thanked", "invite", "invites", "invited");
  /** Prepositions that open what an {@link #ASKING} verb asks for. */
  private static final Set<String> COMPLEMENT = Set.of("for", "to", "over");

  /** Words a heading may not start with: it would lean on a sentence it no longer has. */
  private static final Set<String> NO_START = Set.of("he", "she", "it", "they", "their", "his", "her", "its", "this",
      "that", "these", "those", "and", "but", "or", "so", "also", "however", "meanwhile", "there", "here", "such",
      "both", "another", "other", "others", "we", "i", "you", "our", "my", "your", "which", "who", "then");

  /**
   * A subject opened by an article, a participle phrase describing it ("remembered for powerful speeches") and the main
   * verb in the past ("died"), not itself a participle before "by": "The two-time Democratic presidential hopeful
   * remembered for powerful speeches died peacefully ..." -> "The two-time Democratic presidential hopeful died
   * peacefully ...".
   */
  private static final java.util.regex.Pattern REDUCED_RELATIVE = java.util.regex.Pattern.compile(
      "^((?:The|A|An) (?:[\\p{L}\\d'’-]+ ){1,5}?)\\p{Ll}{3,}ed (?:for|by|as|with|in|at|over|from|after) "
          + "(?:[\\p{L}\\d'’-]+ ){1,4}?(?=\\p{Ll}{2,}ed (?!by\\b|for\\b|to\\b))");

  /** A subject of one to five words followed by an apposition between commas ("X, the Y-based company, ..."). */
  private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
      "^((?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*\\s+){0,4}[\\p{Lu}\\d][\\p{L}\\d'’.-]*), (?:the|a|an) [^,]{2,80}, (?=\\p{Ll})");

  private Headings() {}

  /** {@code phrase} as a heading, cut at the best boundary; empty when no cut reads as a whole phrase. */
  static Optional<String> fit(String phrase) {
    String whole = withoutReducedRelative(withoutApposition(Candidate.withoutDateline(SentenceFeatures.of(phrase)).text()));
    // a question is no heading: a section says what is known
    if (whole.replaceAll("[\"”’')\s]+$", "").endsWith("?")) return Optional.empty();
    String p = mainClause(Headlines.heading(whole)).replaceAll("[.;:,!?]+[\"”’']?$", "").strip();
    if (p.endsWith("\"") || p.endsWith("”")) p = p.strip();
    String[] words = p.split("\\s+");
    if (NO_START.contains(bare(words[0])) || p.startsWith("'") || p.startsWith("\"") || p.startsWith("‘")
        || p.startsWith("“")) {
      return Optional.empty();
    }
    if (words.length >= MIN_WORDS && words.length <= MAX_WORDS && ends(words, words.length)) {
      return Optional.of(p).filter(Headings::balanced);
    }
    Optional<String> strong = cut(words, true, 4);
    if (strong.isPresent()) return strong;
    return cut(words, false, MIN_WORDS);
  }

  /** A strong cut at the first clause boundary that leaves enough words; a weak one at the last. */
  private static Optional<String> cut(String[] words, boolean strong, int minWords) {
    int last = Math.min(MAX_WORDS, words.length - 1);
    for (int i = 0; i <= last - minWords; i++) {
      int k = strong ? minWords + i : last - i;
      String next = bare(words[k]);
      boolean boundary = strong ? STRONG.contains(next) || words[k - 1].matches(".*[,;:]$") || words[k].matches("[—–-]")
          || participleBy(words, k)
          : WEAK.contains(next) || STRONG.contains(next);
      if (!boundary || !ends(words, k) || !whole(words, k)) continue;
      String h = String.join(" ", Arrays.copyOf(words, k)).replaceAll("[,;:—–-]+$", "").strip();
      if (balanced(h) && !h.contains(", ")) return Optional.of(h);
    }
    return Optional.empty();
  }

  /**
   * The longest opening of {@code words} that ends on a phrase boundary: the sentence's end, a punctuation mark or a
   * preposition ({@link #WEAK}), and with {@code clauses} also before a subordinate clause ({@link #STRONG}).
   */
  private static Optional<String> bounded(String[] words, List<String> taken, boolean clauses) {
    for (int k = Math.min(MAX_WORDS, words.length); k >= MIN_WORDS; k--) {
      boolean boundary = k == words.length || words[k - 1].matches(".*[,;:]$") || WEAK.contains(bare(words[k]))
          || clauses && STRONG.contains(bare(words[k]));
      if (!boundary || !ends(words, k) || k < words.length && !whole(words, k)) continue;
      String h = String.join(" ", Arrays.copyOf(words, k)).replaceAll("[,;:]+$", "");
      if (balanced(h) && !taken.contains(h)) return Optional.of(h);
    }
    return Optional.empty();
  }

  /** Whether a participle clause opens at word {@code k}: "(died peacefully) surrounded by loved ones". */
  private static boolean participleBy(String[] words, int k) {
    return k + 1 < words.length && bare(words[k]).matches("\\p{Ll}{3,}ed") && bare(words[k + 1]).equals("by");
  }

  /** Whether a phrase of the first {@code k} words may end there. */
  private static boolean ends(String[] words, int k) {
    String last = bare(words[k - 1]);
    if (last.isEmpty() || NO_END.contains(last)) return false;
    return !words[k - 1].endsWith("'s") && !words[k - 1].endsWith("’s") || words[k - 1].matches(".*[.,;:]$");
  }

  /**
   * Whether the first {@code k} of {@code words} (fewer than all) can stand as a phrase: not a clause left open after
   * a past participle ("The hopeful remembered", "a homework tutor built") or a present one, and not cut inside what
   * a reporting verb reports ("The Valdorian Space Agency said all six instruments").
   */
  private static boolean whole(String[] words, int k) {
    String end = bare(words[k - 1]);
    if (end.endsWith("ed") || end.endsWith("ing") || PARTICIPLES.contains(end)) return false;
    for (int i = 1; i < k - 1; i++) if (REPORTING.contains(bare(words[i]))) return false;
    if (k < words.length) {
      String next = bare(words[k]);
      // "A U.S. official | said ...": the speaker, not what was said
      if (REPORTING.contains(next)) return false;
      // "The direct talks last week came | as ...": what came is told by the clause cut off
      if (OPEN_VERBS.contains(end) && STRONG.contains(next)) return false;
      // "Macron is in India at a time | when ...": the time is told by the clause cut off
      if (ANTECEDENTS.contains(end) && (next.equals("when") || next.equals("where"))) return false;
    }
    // "The union will ask Valdorian Railways | for a 6 percent pay rise": the verb's request is cut off
    if (k < words.length && COMPLEMENT.contains(bare(words[k]))) {
      for (int i = Math.max(0, k - 4); i < k; i++) if (ASKING.contains(bare(words[i]))) return false;
    }
    return true;
  }

  /**
   * The main clause of a phrase that opens with a lead-in ("Amid threat of U.S. attack, Iran nuclear talks proceed
   * without breakthrough" -> "Iran nuclear talks proceed without breakthrough"), capitalised; else the phrase.
   */
  static String mainClause(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    int comma = phrase.indexOf(", ");
    if (words.length < 2 || comma < 0 || !leadIn(words)) return phrase;
    String rest = phrase.substring(comma + 2).strip();
    if (rest.split("\\s+").length < MIN_WORDS) return phrase;
    return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * Whether the words open on a lead-in: a word of {@link #LEADING} first, or a time clause within the first four words
   * ("The day before nuclear talks were set to resume, ...", "Hours after the vote, ...").
   */
  private static boolean leadIn(String[] words) {
    if (LEADING.contains(bare(words[0]))) return true;
    for (int i = 1; i < Math.min(4, words.length); i++) {
      if (words[i - 1].endsWith(",")) return false;
      if (TIME_CLAUSE.contains(bare(words[i]))) return true;
    }
    return false;
  }

  /** Whether quotation marks open and close within the heading. */
  static boolean balanced(String h) {
    long straight = h.chars().filter(c -> c == '"').count();
    long open = h.chars().filter(c -> c == '“').count();
    long close = h.chars().filter(c -> c == '”').count();
    long single = Arrays.stream(h.split("\\s+")).filter(w -> w.startsWith("‘") || w.startsWith("'")).count();
    long singleClose = Arrays.stream(h.split("\\s+"))
        .filter(w -> w.matches(".*[’'][.,;:!?]?$") && !w.matches(".*s[’']$")).count();
    return straight % 2 == 0 && open == close && single <= singleClose;
  }

  /** Whether {@code heading} says nothing {@code other} does not: most of its content terms are in it. */
  static boolean repeats(String heading, String other) {
    Set<String> h = new HashSet<>(Tokens.terms(heading));
    Set<String> o = new HashSet<>(Tokens.terms(other));
    if (h.isEmpty()) return true;
    int shared = 0;
    for (String t : h) if (o.contains(t)) shared++;
    String a = key(heading);
    String b = key(other);
    return shared >= REPEATS * h.size() || b.startsWith(a) || a.startsWith(b);
  }

  /** Whether {@code heading} repeats the title or any heading taken already, or the two together. */
  static boolean taken(String heading, String title, List<String> taken) {
    if (repeats(heading, title)) return true;
    for (String t : taken) {
      if (repeats(heading, t) || repeats(t, heading) || repeats(heading, title + " " + t)) return true;
    }
    return false;
  }

  /** The first heading among {@code phrases} that fits and is not taken. */
  static Optional<String> first(List<String> phrases, String title, List<String> taken) {
    for (String p : phrases) {
      Optional<String> h = fit(p).filter(x -> !taken(x, title, taken));
      if (h.isPresent()) return h;
    }
    return Optional.empty();
  }

  /**
   * Last resort: the first words of a sentence up to a phrase boundary (its end, a punctuation mark, or a word a
   * phrase or clause may be cut before), never inside a phrase ("Man ran toward", "celebrating the start"); else a
   * later clause of it that {@link #fit}s ("... came as | officials urgently try to find a breakthrough"); else its
   * first words up to a word that can end a phrase.
   */
  static String opening(String sentence, List<String> taken) {
    return phrase(sentence, taken).orElseGet(() -> firstWords(sentence, taken));
  }

  /**
   * The {@link #opening} of the first of {@code sentences} that has a whole phrase to give (a quotation's sentence
   * may have none: "'War ... is still ongoing', X says, ..."), else the first sentence's first words.
   */
  static String opening(List<String> sentences, List<String> taken) {
    for (String s : sentences) {
      Optional<String> h = phrase(s, taken);
      if (h.isPresent()) return h.get();
    }
    return firstWords(sentences.get(0), taken);
  }

  /** The whole phrase {@link #opening} finds in a sentence, or empty. */
  private static Optional<String> phrase(String sentence, List<String> taken) {
    // a lead-in phrase ("At a event in Washington D.C., ...") sets the scene; the heading is the main clause
    String[] words = mainClause(withoutApposition(sentence)).replaceAll("[.;:,!?]+$", "").split("\\s+");
    Optional<String> h = bounded(words, taken, false);
    if (h.isPresent()) return h;
    // a clause cut before its conjunction often leaves it open ("The direct talks last week came | as ...",
    // "Macron is in India at a time | when ..."): the clause the conjunction opens says more
    for (int j = MIN_WORDS - 1; j < words.length - MIN_WORDS; j++) {
      if (!CONJUNCTIONS.contains(bare(words[j])) && !absolute(words, j)) continue;
      String rest = String.join(" ", Arrays.copyOfRange(words, j + 1, words.length));
      if (!Character.isLetter(rest.charAt(0))) continue;
      h = fit(Character.toUpperCase(rest.charAt(0)) + rest.substring(1)).filter(x -> !taken.contains(x));
      if (h.isPresent()) return h;
    }
    h = bounded(words, taken, true);
    if (h.isPresent()) return h;
    // what was said, without who said it ("A U.S. official said | a remote earthquake in 2020 was caused by ...")
    String head = Paraphrases.head(sentence);
    if (!head.equals(sentence) && !head.isEmpty() && Character.isLetter(head.charAt(0))) {
      h = fit(Character.toUpperCase(head.charAt(0)) + head.substring(1)).filter(x -> !taken.contains(x));
      if (h.isPresent()) return h;
    }
    return Optional.empty();
  }

  /**
   * Whether word {@code j} opens an absolute clause, "with" and a subject doing something ("..., with | festivities
   * taking place from Hong Kong to Buenos Aires"): a clause with a subject of its own, like a conjunction's.
   */
  private static boolean absolute(String[] words, int j) {
    if (!bare(words[j]).equals("with") || !words[j - 1].endsWith(",")) return false;
    for (int k = j + 2; k <= Math.min(j + 3, words.length - 1); k++) {
      if (bare(words[k]).matches("\\p{L}{3,}ing")) return true;
    }
    return false;
  }

  /** A sentence's first words up to a word that can end a phrase; at worst its first {@value #MAX_WORDS} words. */
  private static String firstWords(String sentence, List<String> taken) {
    String[] words = mainClause(withoutApposition(sentence)).replaceAll("[.;:,!?]+$", "").split("\\s+");
    for (int k = Math.min(MAX_WORDS, words.length); k >= MIN_WORDS; k--) {
      if (!ends(words, k) || k < words.length && !whole(words, k)) continue;
      String cut = String.join(" ", Arrays.copyOf(words, k)).replaceAll("[,;:]+$", "");
      if (balanced(cut) && !taken.contains(cut)) return cut;
    }
    return String.join(" ", new ArrayList<>(List.of(words)).subList(0, Math.min(words.length, MAX_WORDS)));
  }

  /**
   * {@code heading} in sentence case when an outlet wrote it in Title Case ("Iran Has Not Agreed To All Trump's Red
   * Lines" -> "Iran has not agreed to all Trump's red lines"), so headings read alike whichever outlet lent them: a
   * capitalised word after the first is lower-cased unless the story's sentences write it capitalised inside a
   * sentence more often than not (a name), or it is an acronym; a word the sentences never write is judged by its
   * other forms there (a stem), else lower-cased when it is a common word ({@link CommonWords}: "Harder Than He
   * Thought") and kept as a name when it is not. A heading in sentence case is returned as it is.
   */
  static String sentenceCase(String heading, List<ArticleText> texts) {
    return sentenceCase(heading, texts, false);
  }

  /**
   * A story's title in sentence case as {@link #sentenceCase(String, List)} writes it; a capital after a full stop
   * inside the title ("... in a Day. It's ...") stays.
   */
  static String title(String title, List<ArticleText> texts) {
    return sentenceCase(withoutFullStop(title), texts, true);
  }

  /**
   * A headline without the full stop an outlet closed it with ("... won gold in giant slalom."); "U.S." keeps its, and
   * so does a headline of two sentences ("... in a day. It's harder than he thought.").
   */
  static String withoutFullStop(String headline) {
    String h = headline.strip();
    if (!h.endsWith(".") || h.endsWith("..") || h.matches(".*\\b(\\p{L}\\.){2,}$")
        || h.substring(0, h.length() - 1).matches(".*[.!?][\"”’']?\\s.*")) {
      return h;
    }
    return h.substring(0, h.length() - 1).strip();
  }

  /** The heading in sentence case; with {@code title}, a capital after a full stop inside it stays. */
  private static String sentenceCase(String heading, List<ArticleText> texts, boolean title) {
    String[] words = heading.split(" ");
    int capitalised = 0;
    int long4 = 0;
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("^[^\\p{L}]+", "");
      if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
      long4++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    if (long4 < 2 || capitalised * 4 < long4 * 3) return heading;
    java.util.Map<String, int[]> cases = new java.util.HashMap<>();
    java.util.Map<String, int[]> stems = new java.util.HashMap<>();
    for (ArticleText a : texts) {
      for (SentenceFeatures f : a.sentences()) {
        String[] ws = f.text().split("\\s+");
        for (int i = 1; i < ws.length; i++) {
          String w = ws[i].replaceAll("^[^\\p{L}]+|[^\\p{L}'’]+$", "").replaceAll("['’]s$", "");
          if (w.isEmpty() || ws[i - 1].matches(".*[.:!?]$")) continue;
          int upper = Character.isUpperCase(w.charAt(0)) ? 0 : 1;
          cases.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[upper]++;
          stems.computeIfAbsent(stem(w), k -> new int[2])[upper]++;
        }
      }
    }
    // a compound that opens the heading is read part by part ("18-Year-Old" -> "18-year-old")
    String[] parts = words[0].split("-", -1);
    StringBuilder out = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      out.append('-').append(parts[i].isEmpty() ? parts[i] : cased(parts[i], cases, stems, false));
    }
    for (int i = 1; i < words.length; i++) {
      out.append(' ').append(cased(words[i], cases, stems, title && words[i - 1].matches(".*[.!?]$")));
    }
    return out.toString();
  }

  /**
   * One word of a Title Case heading in sentence case: lower-cased unless the story's sentences write it capitalised
   * more often than not, it is an acronym, or ({@code keep}) it follows a full stop inside a title.
   */
  private static String cased(String w, java.util.Map<String, int[]> cases, java.util.Map<String, int[]> stems,
      boolean keep) {
    int at = 0;
    while (at < w.length() && !Character.isLetter(w.charAt(at))) at++;
    String bare = w.substring(at).replaceAll("[^\\p{L}'’]+$", "");
    boolean lower = at < w.length() && Character.isUpperCase(w.charAt(at)) && bare.length() > 1
        && !bare.substring(1).chars().anyMatch(Character::isUpperCase) && !keep;
    if (lower) {
      // a word the sentences never write is read by its other forms ("Closes" by "closed", "closing")
      // a possessive is read by its word ("Trump's" by "Trump")
      String word = bare.replaceAll("['’]s$", "");
      int[] c = cases.getOrDefault(word.toLowerCase(Locale.ROOT), stems.get(stem(word)));
      boolean untold = c == null && !Tokens.STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !common(word);
      if (untold || c != null && c[0] > c[1]) lower = false;
    }
    return lower ? w.substring(0, at) + Character.toLowerCase(w.charAt(at)) + w.substring(at + 1) : w;
  }

  /**
   * The word without one inflection ending ("closes", "closed", "closing", "close" -> "clos"), lower-cased; the word
   * itself when what is left would be shorter than four letters.
   */
  private static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String end : List.of("ing", "es", "ed", "s", "e")) {
      if (w.endsWith(end)) return w.length() - end.length() >= 4 ? w.substring(0, w.length() - end.length()) : w;
    }
    return w;
  }

  /**
   * Whether a word the story never writes inside a sentence is still a common word: one of {@link CommonWords}
   * ("Harder", "Thought", "War"), or a verb or adverb by form.
   */
  private static boolean common(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    // a contraction by its word ("He'd" by "he")
    String base = w.replaceAll("['’](d|ll|re|ve|m)$", "");
    if (!base.equals(w) && (Tokens.STOP_WORDS.contains(base) || CommonWords.contains(base))) return true;
    // a compound by its parts ("Swearing-In")
    if (w.indexOf('-') > 0 && java.util.Arrays.stream(w.split("-"))
        .allMatch(p -> !p.isEmpty() && (Tokens.STOP_WORDS.contains(p) || CommonWords.contains(p)))) {
      return true;
    }
    return NO_END.contains(w) || CommonWords.contains(w) || KeyPhrases.verbish(w)
        || w.endsWith("s") && KeyPhrases.verbish(w.substring(0, w.length() - 1));
  }

  /**
   * The names a title gives, as loose terms ({@link Paraphrases#terms}): its capitalised words that are no stop word,
   * and, for its first word, no common word either ("Ukraine and Russia hold ..." names ukraine and russia; "Strikes on
   * 3 more ..." names nothing).
   */
  static Set<String> names(String title) {
    Set<String> out = new java.util.LinkedHashSet<>();
    String[] words = title.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("^[^\\p{L}]+", "");
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      for (String part : Tokens.terms(w)) {
        if (part.length() < 2 || Tokens.STOP_WORDS.contains(part) || i == 0 && common(part)) continue;
        out.addAll(Paraphrases.terms(part));
      }
    }
    return out;
  }

  /** The sentence without a participle phrase between its subject and its verb ({@link #REDUCED_RELATIVE}). */
  static String withoutReducedRelative(String sentence) {
    return REDUCED_RELATIVE.matcher(sentence).replaceFirst("$1");
  }

  /**
   * The sentence without an apposition after its subject ("Aster Labs, the Estenburg-based company, released ..." ->
   * "Aster Labs released ..."): a heading names the subject and what it did.
   */
  static String withoutApposition(String sentence) {
    return APPOSITION.matcher(sentence).replaceFirst("$1 ");
  }

  private static String bare(String w) {
    return w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
