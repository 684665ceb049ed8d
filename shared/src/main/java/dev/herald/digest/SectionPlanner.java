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

  private SectionPlanner() {}

  static List<DraftSection> plan(List<CitedSentence> chosen, List<ArticleText> texts, StoryCore core, String title) {
    Map<SubTopic, List<CitedSentence>> groups = new EnumMap<>(SubTopic.class);
    for (int i = 0; i < chosen.size(); i++) {
      // the opening sentence is the lead of the title's report: it tells the event
      SubTopic t = i == 0 ? SubTopic.EVENT : SubTopic.of(chosen.get(i).text());
      // an explainer, opinion or feature tells background to the reports' event: not the event, nor its reactions
      if (i > 0 && core.secondary(chosen.get(i).origin())) t = SubTopic.BACKGROUND;
      groups.computeIfAbsent(t, k -> new ArrayList<>()).add(chosen.get(i));
    }
    List<List<CitedSentence>> ordered = new ArrayList<>();
    List<SubTopic> topics = new ArrayList<>();
    for (SubTopic t : SubTopic.values()) {
      List<CitedSentence> g = groups.get(t);
      if (g == null) continue;
      ordered.add(ordered.isEmpty() ? sortEvent(g) : g);
      topics.add(t);
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

  private static List<DraftSection> headed(List<List<CitedSentence>> groups, List<SubTopic> topics,
      List<ArticleText> texts, StoryCore core, String title) {
    List<String> taken = new ArrayList<>();
    List<DraftSection> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<CitedSentence> g = groups.get(i);
      String heading = heading(g, i == 0, topics.get(i) == SubTopic.EVENT, texts, core, title, taken);
      taken.add(heading);
      List<DraftSentence> sentences = new ArrayList<>();
      for (CitedSentence s : g) {
        sentences.add(new DraftSentence(s.text(), s.articles().stream().map(a -> texts.get(a).id()).toList()));
      }
      out.add(new DraftSection(heading, sentences));
    }
    return out;
  }

  /**
   * The event's section takes a headline of a report it cites, else a clause of its own; a section on reactions,
   * background or what comes next takes the main clause of its first sentence first, as the reports' headlines tell
   * the event rather than the sub-topic.
   */
  private static String heading(List<CitedSentence> g, boolean first, boolean event, List<ArticleText> texts,
      StoryCore core, String title, List<String> taken) {
    Set<String> terms = terms(g);
    List<String> headlines = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (CitedSentence s : g) seen.add(s.origin());
    for (CitedSentence s : g) seen.addAll(s.articles());
    for (int a : seen) {
      ArticleText t = texts.get(a);
      if (a == core.titleArticle() || t.headline().isBlank() || !core.kind(a).headlineWorthy() || core.preview(a)) {
        continue;
      }
      (describes(t.headline(), terms, first ? 2 : 3) ? headlines : others).add(t.headline());
    }
    List<String> clauses = g.stream().map(CitedSentence::text).toList();
    Optional<String> preferred = event
        ? Headings.first(headlines, title, taken)
        : Headings.first(clauses.subList(0, 1), title, taken).or(() -> Headings.first(headlines, title, taken));
    return preferred
        .or(() -> Headings.first(clauses, title, taken))
        .or(() -> Headings.first(others, title, taken))
        .or(() -> keyPhrase(g, texts, title, taken))
        .orElseGet(() -> Headings.opening(g.get(0).text(), taken));
  }

  private static Optional<String> keyPhrase(List<CitedSentence> g, List<ArticleText> texts, String title,
      List<String> taken) {
    Set<String> lower = new HashSet<>();
    for (String t : taken) lower.add(t.toLowerCase(java.util.Locale.ROOT));
    // an apposition describes the subject, not what the section says
    String phrase = KeyPhrases.heading(g.stream().map(c -> Headings.withoutApposition(c.text())).toList(), texts, lower,
        p -> p.split("\\s+").length >= Headings.MIN_WORDS && !Headings.taken(p, title, taken));
    return Optional.of(phrase)
        .filter(p -> p.split("\\s+").length >= Headings.MIN_WORDS && !Headings.taken(p, title, taken));
  }

  /**
   * Whether {@code 1/part} of a headline's content words (two at least) occur in the group, so it can head the group:
   * half for the first section, whose reports' headlines all tell the event; a third for a later section.
   */
  private static boolean describes(String headline, Set<String> groupTerms, int part) {
    Set<String> h = SentenceFeatures.of(headline).termSet();
    int shared = Support.shared(h, groupTerms);
    return shared >= 2 && shared * part >= h.size();
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

  /** The first section: its first chosen sentence, then leads before later sentences, widely reported facts first. */
  private static List<CitedSentence> sortEvent(List<CitedSentence> s) {
    List<CitedSentence> out = new ArrayList<>(s.subList(1, s.size()));
    out.sort(Comparator.comparingInt((CitedSentence c) -> Math.min(c.candidate().position(), 3))
        .thenComparing(c -> -c.articles().size())
        .thenComparingInt(CitedSentence::origin)
        .thenComparingInt(c -> c.candidate().position()));
    out.add(0, s.get(0));
    return out;
  }

  private static Set<String> terms(List<CitedSentence> s) {
    Set<String> out = new HashSet<>();
    for (CitedSentence c : s) out.addAll(c.candidate().features().termSet());
    return out;
  }
}
