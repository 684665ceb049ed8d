package dev.herald.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups chosen sentences into titled sections by sub-topic across outlets ({@link SubTopic}): the event itself
 * first, then reactions, background and what comes next, each section citing every outlet that states its sentences;
 * an explainer's, opinion's or feature's sentences are background ({@link StoryCore#secondary}).
 * An event section of four or more sentences splits where the topic shifts most. Headings come
 * from the story's own words ({@link Headings}): a headline of an article the section cites that describes the
 * section, else the main clause of one of its sentences; never a copy of the title or of another heading.
 */
final class SectionPlanner {
  static final int MAX_SECTIONS = 4;
  /** A one-sentence section of context joins the event's section when that has fewer sentences than this. */
  static final int MERGES_INTO = 3;

  private SectionPlanner() {}

  static List<DraftSection> plan(List<CitedSentence> chosen, List<ArticleText> texts, StoryCore core, String title) {
    List<SubTopic> of = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      SubTopic t = SubTopic.of(chosen.get(i).text());
      // an explainer, opinion or feature tells background to the reports' event: not the event, nor its reactions
      if (i > 0 && core.secondary(chosen.get(i).origin())) t = SubTopic.BACKGROUND;
      of.add(t);
    }
    // the opening sentence is the lead of the title's report: it tells the event, unless it tells the reactions
    // ("Tributes poured in ...") and another sentence tells the event itself, which then comes first
    boolean leadTellsEvent = of.get(0) != SubTopic.REACTIONS || !of.subList(1, of.size()).contains(SubTopic.EVENT);
    if (leadTellsEvent) of.set(0, SubTopic.EVENT);
    Map<SubTopic, List<CitedSentence>> groups = new EnumMap<>(SubTopic.class);
    for (int i = 0; i < chosen.size(); i++) groups.computeIfAbsent(of.get(i), k -> new ArrayList<>()).add(chosen.get(i));
    List<List<CitedSentence>> ordered = new ArrayList<>();
    List<SubTopic> topics = new ArrayList<>();
    for (SubTopic t : SubTopic.values()) {
      List<CitedSentence> g = groups.get(t);
      if (g == null) continue;
      if (ordered.size() == 1 && topics.get(0) == SubTopic.EVENT && g.size() == 1 && (t == SubTopic.BACKGROUND || t == SubTopic.NEXT)
          && !core.secondary(g.get(0).origin()) && ordered.get(ordered.size() - 1).size() < MERGES_INTO) {
        // a report's one sentence of context or of what comes next reads as part of a short event section (an
        // explainer's or a feature's is background of its own; after a long section it is a sub-topic of its own)
        List<CitedSentence> previous = new ArrayList<>(ordered.get(ordered.size() - 1));
        previous.addAll(g);
        ordered.set(ordered.size() - 1, previous);
        continue;
      }
      ordered.add(ordered.isEmpty() ? sortEvent(g, leadTellsEvent) : g);
      topics.add(t);
    }
    namedFirst(ordered, title);
    // a card shows its first section: one sentence alone there tells too little when the next section is short
    if (ordered.size() > 1 && ordered.get(0).size() == 1 && ordered.get(1).size() < MERGES_INTO) {
      List<CitedSentence> first = new ArrayList<>(ordered.get(0));
      first.addAll(ordered.remove(1));
      ordered.set(0, first);
      topics = new ArrayList<>(topics);
      topics.remove(1);
    }
    if (ordered.get(0).size() >= 4 && ordered.size() < MAX_SECTIONS) {
      List<List<CitedSentence>> parts = split(ordered.get(0));
      ordered.remove(0);
      ordered.addAll(0, parts);
      topics = new ArrayList<>(topics);
      topics.add(0, topics.get(0));
    }
    return headed(ordered, topics, texts, core, title);
  }

  /**
   * Opens the summary with a sentence that names what the story is about: when the opening sentence names none of the
   * title's names ("Negotiations will continue on Wednesday ..." under "Ukraine and Russia hold new round of peace
   * talks"; "The two-time Democratic presidential hopeful ... died peacefully ..." under "... Jesse Jackson dies aged
   * 84"), the sentence that names one and holds most of the title's words, {@value #OPENER_SHARED} at least and not a
   * reaction, moves to the front of the first section; the sentence it displaces follows it. Unchanged when the title
   * names nothing or no sentence qualifies.
   */
  static void namedFirst(List<List<CitedSentence>> ordered, String title) {
    Set<String> names = Headings.names(title);
    if (names.isEmpty() || names(ordered.get(0).get(0).text(), names)) return;
    Set<String> titleTerms = Paraphrases.terms(title);
    int bestGroup = -1;
    int bestIndex = -1;
    int bestShared = OPENER_SHARED - 1;
    for (int g = 0; g < ordered.size(); g++) {
      for (int i = 0; i < ordered.get(g).size(); i++) {
        String text = ordered.get(g).get(i).text();
        if (!names(text, names) || SubTopic.of(text) == SubTopic.REACTIONS) continue;
        int shared = 0;
        for (String t : Paraphrases.terms(text)) if (Paraphrases.holds(titleTerms, t)) shared++;
        if (shared > bestShared) {
          bestShared = shared;
          bestGroup = g;
          bestIndex = i;
        }
      }
    }
    if (bestGroup < 0) return;
    List<CitedSentence> from = new ArrayList<>(ordered.get(bestGroup));
    CitedSentence opener = from.remove(bestIndex);
    if (bestGroup == 0) {
      from.add(0, opener);
      ordered.set(0, from);
      return;
    }
    if (from.isEmpty()) {
      ordered.remove(bestGroup);
    } else {
      ordered.set(bestGroup, from);
    }
    List<CitedSentence> first = new ArrayList<>(ordered.get(0));
    first.add(0, opener);
    ordered.set(0, first);
  }

  /** Title words a sentence must share, beyond its name, to open the summary in {@link #namedFirst}. */
  static final int OPENER_SHARED = 2;

  private static boolean names(String sentence, Set<String> names) {
    Set<String> terms = Paraphrases.terms(sentence);
    for (String n : names) if (Paraphrases.holds(terms, n)) return true;
    return false;
  }

  private static List<DraftSection> headed(List<List<CitedSentence>> groups, List<SubTopic> topics,
      List<ArticleText> texts, StoryCore core, String title) {
    List<String> taken = new ArrayList<>();
    List<DraftSection> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<CitedSentence> g = groups.get(i);
      Heading chosen = heading(g, texts, core, title, taken);
      String heading = chosen.text();
      taken.add(heading);
      // a headline's own report leads its section (after the summary's opening, which the title already tells)
      g = leadBy(g, chosen.article(), i == 0 ? 1 : 0);
      List<DraftSentence> sentences = new ArrayList<>();
      for (CitedSentence s : g) {
        sentences.add(new DraftSentence(s.text(), s.articles().stream().map(a -> texts.get(a).id()).toList()));
      }
      out.add(new DraftSection(heading, sentences));
    }
    return out;
  }

  /**
   * The heading that says most of what the section says ({@link #fitness}): among the headlines of the reports it
   * cites and the main clauses of its sentences, the one whose own words (beyond the title's) reach the most of its
   * sentences, its lead above all, and that the section bears out; a headline is preferred on a tie, as it was
   * written to head its facts, and a clause that only repeats the opening words of a sentence beneath it comes last.
   * Else a key phrase of the section, else the opening phrase of the first sentence that has one.
   */
  private static Heading heading(List<CitedSentence> g, List<ArticleText> texts, StoryCore core, String title,
      List<String> taken) {
    List<String> headlines = new ArrayList<>();
    List<Integer> headlineArticles = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (CitedSentence s : g) seen.add(s.origin());
    for (CitedSentence s : g) seen.addAll(s.articles());
    for (int a : seen) {
      ArticleText t = texts.get(a);
      if (a == core.titleArticle() || t.headline().isBlank() || !core.kind(a).headlineWorthy() || core.preview(a)) {
        continue;
      }
      headlines.add(t.headline());
      headlineArticles.add(a);
    }
    List<String> clauses = g.stream().map(CitedSentence::text).toList();
    Set<String> titleTerms = Paraphrases.terms(title);
    String best = null;
    int bestArticle = -1;
    double bestScore = 0;
    List<String> phrases = new ArrayList<>(headlines);
    phrases.addAll(clauses);
    for (int i = 0; i < phrases.size(); i++) {
      Optional<String> h = Headings.fit(phrases.get(i)).map(x -> Headings.sentenceCase(x, texts))
          .filter(x -> !Headings.taken(x, title, taken));
      if (h.isEmpty()) continue;
      double score = fitness(h.get(), clauses, titleTerms, i < headlines.size());
      if (score > bestScore + 1e-9) {
        best = h.get();
        bestArticle = i < headlines.size() ? headlineArticles.get(i) : -1;
        bestScore = score;
      }
    }
    if (best != null) return new Heading(best, bestArticle);
    return new Heading(keyPhrase(g, texts, title, taken)
        .orElseGet(() -> Headings.opening(g.stream().map(CitedSentence::text).toList(), taken)), -1);
  }

  /** A section's heading and the article whose headline it is, or -1 when it is cut from the section's words. */
  record Heading(String text, int article) {}

  /**
   * The section with the first sentence of {@code article}'s report (taken from it, or citing it) moved up to {@code
   * at} (0, or 1 in the first section, whose opening sentence is the title report's lead): a headline heads its report's
   * facts, so "Ostmark has not accepted all Valdoria's demands" heads the sentence telling them in other words, not a
   * section where that sentence comes third. Unchanged for a heading cut from a sentence's own words ({@code article}
   * -1): moved up, that sentence would repeat its heading.
   */
  static List<CitedSentence> leadBy(List<CitedSentence> g, int article, int at) {
    if (article < 0 || g.size() <= at + 1) return g;
    for (int i = 0; i < g.size(); i++) {
      CitedSentence s = g.get(i);
      if (s.origin() != article && !s.articles().contains(article)) continue;
      if (i <= at) return g;
      List<CitedSentence> out = new ArrayList<>(g);
      out.add(at, out.remove(i));
      return out;
    }
    return g;
  }

  /** Weight of a section's lead sentence in {@link #fitness}: it says what the section is about. */
  static final double LEAD_WEIGHT = 2;
  /** What a clause loses in {@link #fitness} for being the first words of a sentence beneath it. */
  static final double COPY_PENALTY = 0.75;
  /** What a headline gains in {@link #fitness}: it was written to head its facts. */
  static final double HEADLINE_BONUS = 0.25;

  /**
   * How well {@code heading} heads {@code sentences}, 0 when it says nothing beyond the title or nothing the section
   * says: the share of the sentences (the lead weighing {@value #LEAD_WEIGHT}) that hold one of its own terms, plus the
   * share of its own terms the section holds; a clause that copies a sentence's opening words loses {@value
   * #COPY_PENALTY}, a headline gains {@value #HEADLINE_BONUS}.
   */
  static double fitness(String heading, List<String> sentences, Set<String> titleTerms, boolean headline) {
    Set<String> own = ownTerms(heading, titleTerms);
    if (own.isEmpty()) return 0;
    double reached = 0;
    double weights = 0;
    Set<String> held = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> terms = Paraphrases.terms(sentences.get(i));
      double w = i == 0 ? LEAD_WEIGHT : 1;
      weights += w;
      boolean any = false;
      for (String t : own) {
        if (Paraphrases.holds(terms, t)) {
          held.add(t);
          any = true;
        }
      }
      if (any) reached += w;
    }
    if (held.isEmpty()) return 0;
    double score = reached / weights + held.size() / (double) own.size();
    String key = Matching.normalize(heading).toLowerCase(java.util.Locale.ROOT);
    for (String s : sentences) {
      if (Matching.normalize(s).toLowerCase(java.util.Locale.ROOT).startsWith(key)) score -= COPY_PENALTY;
    }
    return score + (headline ? HEADLINE_BONUS : 0);
  }

  private static Optional<String> keyPhrase(List<CitedSentence> g, List<ArticleText> texts, String title,
      List<String> taken) {
    Set<String> lower = new HashSet<>();
    for (String t : taken) lower.add(t.toLowerCase(java.util.Locale.ROOT));
    // an apposition describes the subject, not what the section says
    // and a phrase of its head fact names what the sentence tells, not a clause that sets the scene ("as ...")
    String phrase = KeyPhrases.heading(
        g.stream().map(c -> Paraphrases.head(Headings.withoutApposition(c.text()))).toList(), texts, lower,
        p -> p.split("\\s+").length >= Headings.MIN_WORDS && !Headings.taken(p, title, taken));
    return Optional.of(phrase)
        .filter(p -> p.split("\\s+").length >= Headings.MIN_WORDS && !Headings.taken(p, title, taken));
  }

  /** Words that tell nothing of their own in a heading: a vote to remove is the removal, a report its news. */
  private static final Set<String> HEADING_GENERIC = Set.of("vote", "say", "said", "report", "new", "latest",
      "top");

  /**
   * The terms of {@code heading} that its title does not hold, compared loosely ({@link Paraphrases#terms}): words of
   * a name the title gives ("Jose" of "President Jose Jeri" when the title names Jeri) and {@link #HEADING_GENERIC}
   * words are the title's too, so "Peru's Congress votes to impeach President Jose Jeri" says nothing beyond "Peru's
   * Congress removes interim President Jerí".
   */
  static Set<String> ownTerms(String heading, Set<String> titleTerms) {
    Set<String> loose = new LinkedHashSet<>();
    for (String t : Paraphrases.terms(Paraphrases.withoutNamesOf(heading, titleTerms))) {
      if (!Paraphrases.holds(titleTerms, t) && !Paraphrases.holds(HEADING_GENERIC, t)) loose.add(t);
    }
    return loose;
  }

  /** Splits one group in two where the shared vocabulary between the parts is smallest (each part two or more). */
  private static List<List<CitedSentence>> split(List<CitedSentence> s) {
    int best = s.size() / 2;
    double bestOverlap = Double.MAX_VALUE;
    for (int k = 2; k <= s.size() - 2; k++) {
      Set<String> a = terms(s.subList(0, k));
      Set<String> b = terms(s.subList(k, s.size()));
      double overlap = Support.shared(a, b) / (double) Math.max(1, Math.min(a.size(), b.size()));
      if (overlap < bestOverlap - 1e-9) {
        bestOverlap = overlap;
        best = k;
      }
    }
    return List.of(s.subList(0, best), s.subList(best, s.size()));
  }

  /**
   * The first section: its first chosen sentence (when it is the title report's lead), then leads before later
   * sentences, widely reported facts first.
   */
  private static List<CitedSentence> sortEvent(List<CitedSentence> s, boolean keepFirst) {
    List<CitedSentence> out = new ArrayList<>(s.subList(keepFirst ? 1 : 0, s.size()));
    out.sort(Comparator.comparingInt((CitedSentence c) -> Math.min(c.candidate().position(), 3))
        .thenComparing(c -> -c.articles().size())
        .thenComparingInt(CitedSentence::origin)
        .thenComparingInt(c -> c.candidate().position()));
    if (keepFirst) out.add(0, s.get(0));
    return out;
  }

  private static Set<String> terms(List<CitedSentence> s) {
    Set<String> out = new HashSet<>();
    for (CitedSentence c : s) out.addAll(c.candidate().features().termSet());
    return out;
  }
}
