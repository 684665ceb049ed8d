package dev.herald.digest;

import dev.herald.model.DraftSection;
import dev.herald.model.DraftSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups chosen sentences into two to four titled sections. The first section holds the core: sentences several
 * outlets state and the sentences of the title's article; each further section is one article's angle on the story,
 * headed by that article's headline (attribution trimmed). More than four groups merge into their closest group;
 * a single group of three or more sentences splits where the topic shifts most. Headings come from the articles:
 * headlines first, else the group's key phrase ({@link KeyPhrases}); never "Section 1".
 */
final class SectionPlanner {
  static final int MAX_SECTIONS = 4;
  private static final int CORE = -1;
  /** The second half of a split group: it has no article of its own. */
  private static final int SPLIT = -2;

  private SectionPlanner() {}

  static List<DraftSection> plan(
      List<CitedSentence> chosen, List<ArticleText> texts, Optional<Integer> titleArticle, String title) {
    int coreArticle = titleArticle.orElse(chosen.get(0).origin());
    Map<Integer, List<CitedSentence>> groups = new LinkedHashMap<>();
    groups.put(CORE, new ArrayList<>());
    for (CitedSentence s : chosen) {
      int key = s.articles().size() > 1 || s.origin() == coreArticle ? CORE : s.origin();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    if (groups.get(CORE).isEmpty()) {
      int first = chosen.get(0).origin();
      groups.put(CORE, groups.remove(first));
      coreArticle = first;
    }
    while (groups.size() > MAX_SECTIONS) mergeSmallest(groups);

    List<Group> ordered = new ArrayList<>();
    ordered.add(new Group(CORE, sortCore(groups.get(CORE))));
    for (int k : groups.keySet().stream().filter(k -> k != CORE).sorted().toList()) {
      ordered.add(new Group(k, sortByPosition(groups.get(k))));
    }
    if (ordered.size() == 1 && ordered.get(0).sentences.size() >= 3) ordered = split(ordered.get(0));
    return headed(ordered, texts, coreArticle, title);
  }

  private record Group(int article, List<CitedSentence> sentences) {}

  private static List<DraftSection> headed(List<Group> groups, List<ArticleText> texts, int coreArticle, String title) {
    List<String> headings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(key(title));
    Set<Integer> headlinesUsed = new HashSet<>();
    headlinesUsed.add(coreArticle);
    for (Group g : groups) {
      if (g.article >= 0 && !texts.get(g.article).headline().isBlank()) headlinesUsed.add(g.article);
    }
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      Optional<String> h = Optional.empty();
      if (g.article >= 0) {
        h = Optional.of(texts.get(g.article).headline()).filter(s -> !s.isBlank()).map(Headlines::heading);
      } else if (i == 0) {
        h = Headlines.shortened(title).or(() -> unusedHeadline(g, texts, headlinesUsed));
      }
      String heading = h.filter(s -> !seen.contains(key(s)))
          .orElseGet(() -> KeyPhrases.heading(text(g.sentences), texts, seen));
      seen.add(key(heading));
      headings.add(heading);
    }
    List<DraftSection> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<DraftSentence> sentences = new ArrayList<>();
      for (CitedSentence s : groups.get(i).sentences) {
        sentences.add(new DraftSentence(s.text(), s.articles().stream().map(a -> texts.get(a).id()).toList()));
      }
      out.add(new DraftSection(headings.get(i), sentences));
    }
    return out;
  }

  private static Optional<String> unusedHeadline(Group g, List<ArticleText> texts, Set<Integer> used) {
    Set<String> terms = terms(g.sentences);
    return texts.stream()
        .filter(a -> !used.contains(a.index()) && !a.headline().isBlank())
        .filter(a -> describes(a.headline(), terms))
        .max(Comparator.comparingInt((ArticleText a) -> Support.shared(SentenceFeatures.of(a.headline()).termSet(),
            terms)).thenComparing(a -> -a.index()))
        .map(a -> {
          used.add(a.index());
          return Headlines.heading(a.headline());
        });
  }

  /** Whether most of a headline's content words occur in the group, so it can head the group honestly. */
  private static boolean describes(String headline, Set<String> groupTerms) {
    Set<String> h = SentenceFeatures.of(headline).termSet();
    return !h.isEmpty() && Support.shared(h, groupTerms) * 2 >= h.size();
  }

  private static void mergeSmallest(Map<Integer, List<CitedSentence>> groups) {
    int smallest = groups.keySet().stream().filter(k -> k != CORE)
        .min(Comparator.comparingInt((Integer k) -> groups.get(k).size()).thenComparing(k -> -k)).orElseThrow();
    List<CitedSentence> moving = groups.remove(smallest);
    Set<String> terms = terms(moving);
    int target = groups.keySet().stream()
        .max(Comparator.comparingInt((Integer k) -> Support.shared(terms(groups.get(k)), terms))
            .thenComparing(k -> -k))
        .orElseThrow();
    groups.get(target).addAll(moving);
  }

  /** Splits one group in two where the shared vocabulary between the parts is smallest (each part two or more). */
  private static List<Group> split(Group g) {
    List<CitedSentence> s = g.sentences;
    int best = Math.max(1, s.size() / 2);
    double bestOverlap = Double.MAX_VALUE;
    for (int k = Math.min(2, s.size() - 1); k <= s.size() - 1; k++) {
      if (s.size() >= 4 && (k < 2 || s.size() - k < 2)) continue;
      Set<String> a = terms(s.subList(0, k));
      Set<String> b = terms(s.subList(k, s.size()));
      double overlap = Support.shared(a, b) / (double) Math.max(1, Math.min(a.size(), b.size()));
      if (overlap < bestOverlap - 1e-9) {
        bestOverlap = overlap;
        best = k;
      }
    }
    return List.of(new Group(CORE, s.subList(0, best)), new Group(SPLIT, s.subList(best, s.size())));
  }

  private static List<CitedSentence> sortCore(List<CitedSentence> s) {
    List<CitedSentence> out = new ArrayList<>(s);
    out.sort(Comparator.comparingInt((CitedSentence c) -> Math.min(c.candidate().position(), 3))
        .thenComparing(c -> -c.articles().size())
        .thenComparingInt(CitedSentence::origin)
        .thenComparingInt(c -> c.candidate().position()));
    return out;
  }

  private static List<CitedSentence> sortByPosition(List<CitedSentence> s) {
    List<CitedSentence> out = new ArrayList<>(s);
    out.sort(Comparator.comparingInt((CitedSentence c) -> c.origin()).thenComparingInt(c -> c.candidate().position()));
    return out;
  }

  private static Set<String> terms(List<CitedSentence> s) {
    Set<String> out = new HashSet<>();
    for (CitedSentence c : s) out.addAll(c.candidate().features().termSet());
    return out;
  }

  private static List<String> text(List<CitedSentence> s) {
    return s.stream().map(CitedSentence::text).toList();
  }

  private static String key(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
