package dev.herald.digest;

import dev.herald.articles.ItemKind;
import dev.herald.articles.ItemKinds;
import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event a story is about, when its articles do not all report one event (a cluster may hold a neighbouring event,
 * a roundup or a feature): the core articles, those close to the story's most central report, and the headline that
 * titles it. Articles are compared by their headline (counted twice) and opening sentences, terms weighted by how
 * rare they are in the story, so words every article shares ("talks", "Geneva") tell less than the ones that set the
 * event apart ("Iran", "nuclear"). Deterministic.
 */
final class StoryCore {
  /** Two groups of articles report one event when their average cosine similarity reaches this. */
  static final double SAME_EVENT = 0.2;
  /** A group whose average similarity to the seed's group reaches this joins the core. */
  static final double JOINS_CORE = 0.12;
  /** An article no other outlet joins stays with the core when its cosine similarity to the core reaches this. */
  static final double FRINGE_SIMILARITY = 0.1;
  /** A fringe article's sentence is about the core when it holds this many of the centroid's leading terms. */
  static final int SENTENCE_TERMS = 2;
  private static final int LEADING_TERMS = 20;
  private static final int OPENING_SENTENCES = 3;
  /** A future headline sharing this many content terms with the title previews its event, however long it is. */
  static final int PREVIEW_SHARED = 3;
  /** Previews are set aside only when this many members are not previews. */
  static final int REPORTS_LEFT = 2;
  /** A headline that tells its event as still to come. */
  private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
      "\\b(to (hold|meet|resume|start|begin|open|vote|decide|sign|host|stage|launch|face|attend|travel)|will|set to|due to|"
          + "expected to|poised to|ahead of|prepares? (to|for)|on the eve of|preview)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private final List<ArticleText> texts;
  private final List<ItemKind> kinds;
  private final Set<Integer> core;
  private final Set<Integer> members;
  private final Set<String> leadingTerms;
  private final int titleArticle;
  private final Set<Integer> previews;

  private StoryCore(List<ArticleText> texts, List<ItemKind> kinds, Set<Integer> core, Set<Integer> members,
      Set<String> leadingTerms, int titleArticle) {
    this.texts = texts;
    this.kinds = kinds;
    this.core = core;
    this.members = members;
    this.leadingTerms = leadingTerms;
    this.titleArticle = titleArticle;
    this.previews = previews(texts, members, titleArticle);
  }

  static StoryCore of(List<ArticleText> texts) {
    List<ItemKind> kinds = new ArrayList<>();
    for (ArticleText a : texts) kinds.add(ItemKinds.of(a.article()));
    List<Map<String, Double>> profiles = profiles(texts);
    int seed = seed(texts, profiles, kinds);
    // roundups and service pages mention several events and would bridge them: they do not shape the groups
    List<Set<Integer>> groups = groups(profiles, kinds);
    Set<Integer> core = new LinkedHashSet<>(groups.stream().filter(g -> g.contains(seed)).findFirst().orElseThrow());
    // groups close to the seed's group on average report the same event in other words
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Set<Integer> g : groups) {
        if (core.containsAll(g) || average(profiles, g, core) < JOINS_CORE) continue;
        if (g.size() == 1 && !lends(kinds.get(g.iterator().next()))) continue;
        core.addAll(g);
        grew = true;
      }
    }
    Map<String, Double> centroid = centroid(profiles, core);
    Set<Integer> members = new LinkedHashSet<>(core);
    // an article of no other event's group (no other outlet reports what it reports) stays when close enough
    for (Set<Integer> g : groups) {
      if (core.containsAll(g) || g.size() > 1) continue;
      int i = g.iterator().next();
      if (texts.size() <= 2 || cosine(profiles.get(i), centroid) >= FRINGE_SIMILARITY) members.add(i);
    }
    Set<String> leading = new LinkedHashSet<>();
    centroid.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(LEADING_TERMS).forEach(e -> leading.add(e.getKey()));
    int title = title(texts, kinds, profiles, core, centroid);
    return new StoryCore(texts, kinds, core, members, leading, title);
  }

  /** Whether article {@code index} reports the core event. */
  boolean member(int index) {
    return members.contains(index);
  }

  /**
   * Whether article {@code index} may lend sentences: a core report, explainer or opinion (not a roundup, service
   * page or gallery), or a report at the core's fringe (not a question).
   */
  boolean lendsSentences(int index) {
    if (!members.contains(index) || previews.contains(index)) return false;
    if (!core.contains(index)) {
      return kinds.get(index) == ItemKind.REPORT && !texts.get(index).headline().strip().endsWith("?");
    }
    return lends(kinds.get(index)) || members.stream().noneMatch(i -> lends(kinds.get(i)));
  }

  /**
   * Whether an item of this kind may lend sentences: not one that covers several events (a newsletter, a key-events
   * list, a live page, a service page) and not a gallery; explainers and opinion may.
   */
  static boolean lends(ItemKind kind) {
    return !kind.multiEvent() && kind != ItemKind.GALLERY;
  }

  /**
   * Whether a sentence of article {@code index} is about the core event: a core article's sentences are; a fringe
   * article's sentence must hold one of the core's leading terms.
   */
  boolean about(int index, SentenceFeatures s) {
    if (core.contains(index)) return true;
    int shared = 0;
    for (String t : s.termSet()) if (leadingTerms.contains(t)) shared++;
    return shared >= Math.min(SENTENCE_TERMS, leadingTerms.size());
  }

  /**
   * Whether article {@code index} previews the event the story reports: its headline tells the title's event as still
   * to come ("U.S. and Iran to hold a second round of nuclear talks in Geneva" beside "US and Iran reach 'guiding
   * principles' in Geneva nuclear talks"), so what it says ("the talks take place as ...") is overtaken by the reports.
   * Its sentences are not used and its headline heads no section, unless too few reports are left.
   */
  boolean preview(int index) {
    return previews.contains(index);
  }

  /**
   * Whether article {@code index} is secondary to the event's reports: an explainer, opinion or feature (a life story,
   * "How X helped ...") while the story has a report that lends sentences. Its sentences come after the reports' and
   * tell background, not the event.
   */
  boolean secondary(int index) {
    if (kinds.get(index) == ItemKind.REPORT) return false;
    for (int i : members) if (kinds.get(i) == ItemKind.REPORT && lendsSentences(i)) return true;
    return false;
  }

  /** The article whose headline titles the story, or -1 when no core article has a headline. */
  int titleArticle() {
    return titleArticle;
  }

  ItemKind kind(int index) {
    return kinds.get(index);
  }

  int size() {
    return members.size();
  }

  /**
   * The members that preview the title's event (see {@link #preview}), when at least {@value #REPORTS_LEFT} other
   * members report it; else none. A preview's headline tells the event in the future ("to hold", "will meet", "set to",
   * "ahead of") while the title does not, and holds half of its content terms, or {@value #PREVIEW_SHARED}, in the
   * title, so an announcement of a further step ("Aster Labs to add 300 jobs" beside "Aster Labs releases Aster-3") is
   * no preview.
   */
  private static Set<Integer> previews(List<ArticleText> texts, Set<Integer> members, int titleArticle) {
    if (titleArticle < 0 || FUTURE.matcher(texts.get(titleArticle).headline()).find()) return Set.of();
    Set<String> title = new HashSet<>(Tokens.terms(texts.get(titleArticle).headline()));
    Set<Integer> out = new LinkedHashSet<>();
    for (int i : members) {
      String h = texts.get(i).headline();
      if (i == titleArticle || !FUTURE.matcher(h).find()) continue;
      Set<String> terms = new HashSet<>(Tokens.terms(h));
      int shared = 0;
      for (String t : terms) if (title.contains(t)) shared++;
      if (!terms.isEmpty() && (shared * 2 >= terms.size() || shared >= PREVIEW_SHARED)) out.add(i);
    }
    return members.size() - out.size() >= REPORTS_LEFT ? out : Set.of();
  }

  /**
   * The story's articles grouped by event: average-link agglomeration, merging the two closest groups while their
   * average similarity reaches {@link #SAME_EVENT}. Groups in order of their first article.
   */
  private static List<Set<Integer>> groups(List<Map<String, Double>> profiles, List<ItemKind> kinds) {
    int n = profiles.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = cosine(profiles.get(i), profiles.get(j));
    }
    boolean anyLends = kinds.stream().anyMatch(StoryCore::lends);
    List<Set<Integer>> groups = new ArrayList<>();
    List<Set<Integer>> apart = new ArrayList<>();
    for (int i = 0; i < n; i++) (lends(kinds.get(i)) || !anyLends ? groups : apart).add(new LinkedHashSet<>(List.of(i)));
    while (groups.size() > 1) {
      int bi = -1;
      int bj = -1;
      double best = SAME_EVENT;
      for (int i = 0; i < groups.size(); i++) {
        for (int j = i + 1; j < groups.size(); j++) {
          double s = 0;
          for (int a : groups.get(i)) for (int b : groups.get(j)) s += sim[a][b];
          s /= groups.get(i).size() * (double) groups.get(j).size();
          if (s >= best) {
            best = s;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) break;
      groups.get(bi).addAll(groups.remove(bj));
    }
    groups.addAll(apart);
    return groups;
  }

  private static double average(List<Map<String, Double>> profiles, Set<Integer> a, Set<Integer> b) {
    double s = 0;
    for (int i : a) for (int j : b) s += cosine(profiles.get(i), profiles.get(j));
    return s / (a.size() * (double) b.size());
  }

  /** The most central article, reports before other kinds: the sum of its similarities to all others. */
  private static int seed(List<ArticleText> texts, List<Map<String, Double>> profiles, List<ItemKind> kinds) {
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < profiles.size(); i++) {
      double score = 0;
      for (int j = 0; j < profiles.size(); j++) if (j != i) score += cosine(profiles.get(i), profiles.get(j));
      score *= weight(kinds.get(i), texts.get(i).headline());
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The title: among core articles with a headline, the report closest to the core, explainers and opinions after
   * reports and roundups and service pages last; a very short headline says less and counts a little less.
   */
  private static int title(List<ArticleText> texts, List<ItemKind> kinds, List<Map<String, Double>> profiles,
      Set<Integer> members, Map<String, Double> centroid) {
    return members.stream()
        .filter(i -> !texts.get(i).headline().isBlank())
        .max(Comparator.comparingDouble((Integer i) -> cosine(headlineProfile(texts.get(i), profiles.get(i)), centroid)
                * weight(kinds.get(i), texts.get(i).headline()) * informative(texts.get(i).headline()))
            .thenComparing(i -> -i))
        .orElse(-1);
  }

  private static Map<String, Double> headlineProfile(ArticleText a, Map<String, Double> profile) {
    Map<String, Double> out = new HashMap<>();
    for (String t : Tokens.terms(a.headline())) out.merge(t, profile.getOrDefault(t, 1.0), (x, y) -> x);
    return out.isEmpty() ? profile : out;
  }

  /** Reports first; a question, an explainer or an opinion after them; galleries, then several-event items last. */
  private static double weight(ItemKind kind, String headline) {
    if (kind.multiEvent()) return 0.2;
    if (kind == ItemKind.GALLERY) return 0.3;
    if (!kind.headlineWorthy() || headline.strip().endsWith("?")) return 0.6;
    return 1.0;
  }

  private static double informative(String headline) {
    int terms = new HashSet<>(Tokens.terms(headline)).size();
    return terms >= 5 ? 1.0 : 0.7 + 0.06 * terms;
  }

  /** Per article: term weights (headline twice, opening sentences once) times the term's rarity in the story. */
  private static List<Map<String, Double>> profiles(List<ArticleText> texts) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (ArticleText a : texts) {
      Map<String, Integer> c = new HashMap<>();
      for (String t : Tokens.terms(a.headline())) c.merge(t, 2, Integer::sum);
      List<SentenceFeatures> s = a.sentences();
      for (int i = 0; i < Math.min(OPENING_SENTENCES, s.size()); i++) {
        for (String t : s.get(i).terms()) c.merge(t, 1, Integer::sum);
      }
      counts.add(c);
      for (String t : c.keySet()) df.merge(t, 1, Integer::sum);
    }
    int n = texts.size();
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> c : counts) {
      Map<String, Double> p = new HashMap<>();
      c.forEach((t, k) -> p.put(t, (1 + Math.log(k)) * Math.log(1 + (double) n / df.get(t)) * (df.get(t) > 1 ? 1 : 0.5)));
      out.add(p);
    }
    return out;
  }

  private static Map<String, Double> centroid(List<Map<String, Double>> profiles, Set<Integer> members) {
    Map<String, Double> sum = new HashMap<>();
    for (int i : members) {
      Map<String, Double> p = profiles.get(i);
      double norm = norm(p);
      if (norm == 0) continue;
      p.forEach((t, w) -> sum.merge(t, w / norm, Double::sum));
    }
    return sum;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double na = norm(a);
    double nb = norm(b);
    if (na == 0 || nb == 0) return 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    return dot / (na * nb);
  }

  private static double norm(Map<String, Double> p) {
    double s = 0;
    for (double w : p.values()) s += w * w;
    return Math.sqrt(s);
  }
}
