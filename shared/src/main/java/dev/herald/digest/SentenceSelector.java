package dev.herald.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences that cover a story best within a word budget: budgeted maximum coverage of weighted
 * concepts (content words and pairs of adjacent content words), solved greedily by gain per word. A concept weighs
 * more the more articles use it and the earlier they use it, so facts every outlet leads with come first; once a
 * sentence covers a concept, repeating it gains nothing, so another outlet's version of the same fact is not chosen
 * again (it becomes a citation instead, see {@link CitedSentence#cite}). A sentence near the top of its article gets a
 * bonus as well, as news puts its main facts first, and each article's lead is weighed before any deeper sentence
 * ({@link #leads}), so every report's own news is told before details. A sentence that retells figures the summary
 * already states is not chosen ({@link #restatesFigures}), nor one that retells a chosen sentence's fact in other
 * words ({@link Paraphrases}); a chosen sentence whose fact a later choice tells too, with more, gives way to it.
 *
 * <p>Deterministic: ties go to the earlier article and the earlier sentence.
 */
final class SentenceSelector {
  /** Exponent on sentence length in the gain-per-word ratio; below 1 so long informative sentences still compete. */
  static final double LENGTH_EXPONENT = 0.6;
  /** Bonus for a sentence's own position: 1 + POSITION / (1 + index), so leads are preferred. */
  static final double POSITION = 3;
  /** A concept's weight grows with the square of the number of articles using it. */
  static final double ARTICLES_EXPONENT = 2;
  /** Weight factor for a concept that occurs once in the whole story. */
  static final double SINGLETON = 0.1;
  /** Extra weight for a concept first used in an article's opening sentences. */
  static final double LEAD_BONUS = 1.0;
  /** Sentences this similar (shared terms over the smaller set) to a chosen one are redundant. */
  static final double REDUNDANT = 0.7;
  /** A sentence whose content terms the chosen sentences already hold to this share adds nothing. */
  static final double ALREADY_TOLD = 0.7;
  /**
   * A summary of fewer sentences than this is thin: a retelling that adds {@value #FILL_NEW} content words or more
   * beyond what it retells may then fill it ({@link #fill}).
   */
  static final int THIN = 3;
  /** Content words a retelling must add beyond the chosen sentences and the title to fill a thin summary. */
  static final int FILL_NEW = 3;

  private final List<Candidate> candidates;
  private final Map<String, Double> weights;
  private final Set<String> titleTerms;
  private final Set<Integer> secondary;

  SentenceSelector(List<Candidate> candidates) {
    this(candidates, "");
  }

  /**
   * @param title the story's title, whose words a reader has already read: a sentence whose head fact only the title
   *     and one chosen sentence hold retells that sentence ({@link Paraphrases})
   */
  SentenceSelector(List<Candidate> candidates, String title) {
    this(candidates, title, Set.of());
  }

  /**
   * @param secondary articles (explainers, opinion, features) whose leads are not weighed with the reports' leads:
   *     their sentences compete only once every report's lead has been weighed
   */
  SentenceSelector(List<Candidate> candidates, String title, Set<Integer> secondary) {
    this.candidates = List.copyOf(candidates);
    this.weights = weigh(candidates);
    this.titleTerms = Paraphrases.terms(title);
    this.secondary = Set.copyOf(secondary);
  }

  /**
   * The chosen sentences in the order chosen (most valuable first), at most {@code maxWords} words together.
   *
   * @param leadArticle the article whose first usable sentence opens the summary when it fits (the article of the
   *     story's representative headline: its lead says what happened), or -1 to let coverage choose from the start
   */
  List<Candidate> select(int maxWords, int leadArticle) {
    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    Set<Candidate> left = new LinkedHashSet<>(candidates);
    int used = 0;
    boolean forced = false;
    for (Candidate c : candidates) {
      if (c.article() != leadArticle) continue;
      if (c.words() <= maxWords && !c.leansOnContext()) {
        forced = true;
        chosen.add(c);
        covered.addAll(concepts(c.features()));
        used += c.words();
        left.remove(c);
      }
      break;
    }
    Set<Candidate> leads = leads();
    List<Candidate> retellings = new ArrayList<>();
    while (!left.isEmpty()) {
      Candidate best = best(left, leads, covered, maxWords - used);
      if (best == null) best = best(left, null, covered, maxWords - used);
      if (best == null) break;
      left.remove(best);
      // a chosen sentence whose head fact the new one tells as well, and more, gives way to it and its place: one
      // telling, not two (the title report's lead, which opens the summary, stays)
      List<Candidate> kept = new ArrayList<>(chosen);
      int at = chosen.size();
      for (int i = chosen.size() - 1; i >= (forced ? 1 : 0); i--) {
        if (Paraphrases.retells(chosen.get(i).features(), best.features(), titleTerms)) {
          kept.remove(i);
          at = i;
        }
      }
      if (redundant(best, kept)) {
        if (!restatesFigures(best, kept)) retellings.add(best);
        continue;
      }
      for (Candidate o : chosen) if (!kept.contains(o)) used -= o.words();
      chosen = kept;
      chosen.add(Math.min(at, chosen.size()), best);
      covered.addAll(concepts(best.features()));
      used += best.words();
    }
    if (chosen.isEmpty()) shortest().ifPresent(chosen::add);
    return fill(chosen, retellings, maxWords - chosen.stream().mapToInt(Candidate::words).sum());
  }

  /**
   * A thin summary (fewer than {@value #THIN} sentences: the story's articles are one-sentence teasers that each
   * retell the event) filled with the retellings that add most: one that adds {@value #FILL_NEW} content words or more
   * beyond the chosen sentences and the title ("Peru's Congress voted to impeach President José Jerí, four months after
   * he replaced Dina Boluarte, ...") tells its news with the event it retells, in the order they were considered.
   */
  private List<Candidate> fill(List<Candidate> chosen, List<Candidate> retellings, int room) {
    List<Candidate> out = new ArrayList<>(chosen);
    for (Candidate c : retellings) {
      if (out.size() >= THIN) break;
      if (c.words() > room || out.contains(c)) continue;
      Set<String> told = new HashSet<>(titleTerms);
      for (Candidate o : out) told.addAll(Paraphrases.terms(o.text()));
      int added = 0;
      for (String t : Paraphrases.terms(c.text())) if (!Paraphrases.holds(told, t)) added++;
      if (added < FILL_NEW) continue;
      out.add(c);
      room -= c.words();
    }
    return out;
  }

  /**
   * The best-scoring candidate of {@code left} that fits {@code room} words, among {@code only} when given; null when
   * none adds anything.
   */
  private Candidate best(Set<Candidate> left, Set<Candidate> only, Set<String> covered, int room) {
    Candidate best = null;
    double bestScore = 0;
    for (Candidate c : left) {
      if (c.words() > room || (only != null && !only.contains(c))) continue;
      double score = gain(c, covered) / Math.pow(c.words(), LENGTH_EXPONENT) * c.readability()
          * (1 + POSITION / (1 + c.position()));
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Each article's lead: its first sentence when that is a candidate. A report puts its news first, so every
   * report's lead is weighed before any sentence from deeper in an article: the union's demands that one outlet leads
   * with are told before another outlet's third paragraph.
   */
  private Set<Candidate> leads() {
    Set<Candidate> out = new HashSet<>();
    Set<Integer> seen = new HashSet<>();
    for (Candidate c : candidates) {
      if (seen.add(c.article()) && c.position() == 0 && !secondary.contains(c.article())) out.add(c);
    }
    return out;
  }

  private java.util.Optional<Candidate> shortest() {
    return candidates.stream().min(java.util.Comparator.comparingInt(Candidate::words));
  }

  private double gain(Candidate c, Set<String> covered) {
    double g = 0;
    for (String concept : concepts(c.features())) {
      if (!covered.contains(concept)) g += weights.getOrDefault(concept, 0.0);
    }
    return g;
  }

  private boolean redundant(Candidate c, List<Candidate> chosen) {
    if (restatesFigures(c, chosen)) return true;
    if (Paraphrases.retold(c.features(), chosen.stream().map(Candidate::features).toList(), titleTerms) >= 0) {
      return true;
    }
    Set<String> told = new HashSet<>();
    for (Candidate o : chosen) told.addAll(o.features().termSet());
    Set<String> own = c.features().termSet();
    if (!own.isEmpty() && Support.shared(own, told) >= ALREADY_TOLD * own.size()) return true;
    for (Candidate o : chosen) {
      int smaller = Math.min(c.features().termSet().size(), o.features().termSet().size());
      if (smaller > 0 && Support.shared(c.features().termSet(), o.features().termSet()) >= REDUNDANT * smaller) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence states two figures or more and the chosen sentences state every one of them already: it
   * retells a fact the summary has ("the 48-hour strike, which began at 04:00 and cancelled about 80 percent of
   * trains" after "began a 48-hour strike at 04:00, cancelling about 80 percent of services"), whatever else it adds.
   */
  static boolean restatesFigures(Candidate c, List<Candidate> chosen) {
    Set<String> figures = new HashSet<>();
    for (String n : c.features().numbers()) if (n.chars().anyMatch(Character::isDigit)) figures.add(n);
    if (figures.size() < 2) return false;
    Set<String> told = new HashSet<>();
    for (Candidate o : chosen) told.addAll(o.features().numbers());
    return told.containsAll(figures);
  }

  /** Content terms and adjacent pairs of content terms. */
  static Set<String> concepts(SentenceFeatures f) {
    Set<String> out = new LinkedHashSet<>(f.terms());
    for (int i = 1; i < f.terms().size(); i++) out.add(f.terms().get(i - 1) + " " + f.terms().get(i));
    return out;
  }

  private static Map<String, Double> weigh(List<Candidate> candidates) {
    // per article: how often each concept occurs and the earliest sentence using it
    Map<Integer, Map<String, int[]>> perArticle = new HashMap<>();
    for (Candidate c : candidates) {
      Map<String, int[]> seen = perArticle.computeIfAbsent(c.article(), k -> new HashMap<>());
      for (String concept : concepts(c.features())) {
        int[] v = seen.computeIfAbsent(concept, k -> new int[] {0, Integer.MAX_VALUE});
        v[0]++;
        v[1] = Math.min(v[1], c.position());
      }
    }
    Map<String, Double> weights = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> tf = new HashMap<>();
    for (Map<String, int[]> seen : perArticle.values()) {
      seen.forEach((concept, v) -> {
        double w = (1 + Math.log(v[0])) * (1 + LEAD_BONUS / (1 + v[1]));
        weights.merge(concept, w, Double::sum);
        df.merge(concept, 1, Integer::sum);
        tf.merge(concept, v[0], Integer::sum);
      });
    }
    weights.replaceAll((k, w) -> w * Math.pow(df.get(k), ARTICLES_EXPONENT) * (tf.get(k) == 1 ? SINGLETON : 1));
    return weights;
  }
}
