package dev.herald.stories;

import dev.herald.model.Story;
import dev.herald.store.StoryHit;
import dev.herald.store.StorySearchStore;
import dev.herald.store.StoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The production {@link StoryFinder}, over today's stories and the archive (reads the store only).
 *
 * <ul>
 *   <li>An empty query, or only a time expression, gives that period's top stories (today by default) in
 *       {@link StoryRanker} order.
 *   <li>Topic names alone give the period's stories carrying any of those topics, in ranker order.
 *   <li>Free text is searched in the stories' headlines and article leads (every word must match; when nothing does,
 *       any word may), ranked by {@code relevance x (0.5 + 0.5 x recency)} with recency decaying over three days; named
 *       topics then narrow the matches.
 * </ul>
 *
 * A period selects the stories with coverage in it (an article published then), not only those whose latest article
 * falls in it. At most {@value #MAX_RANKED} matches are ranked and counted. Time expressions are described in
 * {@link LookupQuery}. Thread-safe when the stores are.
 */
public final class ArchiveStoryFinder implements StoryFinder {
  static final double RECENCY_HOURS = 72;
  /** A lookup ranks (and counts) at most this many matches, however large the archive. */
  static final int MAX_RANKED = 500;

  private final StoryStore stories;
  private final StorySearchStore search;
  private final StoryRanker ranker;
  private final Set<String> topicNames;
  private final Clock clock;

  /**
   * @param topicNames the names users can look up as topics (configured topics and the feeds' own topics)
   */
  public ArchiveStoryFinder(StoryStore stories, StorySearchStore search, StoryRanker ranker,
      Collection<String> topicNames, Clock clock) {
    this.stories = Objects.requireNonNull(stories, "stories == null");
    this.search = Objects.requireNonNull(search, "search == null");
    this.ranker = Objects.requireNonNull(ranker, "ranker == null");
    this.topicNames = Set.copyOf(topicNames);
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Lookup find(String query, ZoneId zone, int limit, Predicate<Story> include) {
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(include, "include == null");
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    Instant now = clock.instant();
    LookupQuery q = LookupQuery.parse(query.isBlank() ? "today" : query, zone, now, topicNames);
    Period p = q.period();
    List<Story> found;
    if (q.words().isEmpty() && q.topics().isEmpty()) {
      p = p == Period.ANY_TIME ? LookupQuery.parse("today", zone, now, Set.of()).period() : p;
      found = ranker.rank(visible(stories.between(p.from(), p.to()), include), now);
    } else if (q.words().isEmpty()) {
      found = ranker.rank(visible(stories.tagged(q.topics(), p.from(), p.to(), MAX_RANKED), include), now);
    } else {
      found = textMatches(q, now, include);
    }
    return new Lookup(q.terms(), p.words(), first(found, limit), found.size());
  }

  private static List<Story> visible(List<Story> stories, Predicate<Story> include) {
    return stories.stream().filter(include).toList();
  }

  private List<Story> textMatches(LookupQuery q, Instant now, Predicate<Story> include) {
    Period p = q.period();
    List<StoryHit> hits = search.search(q.words(), true, p.from(), p.to(), MAX_RANKED);
    if (hits.isEmpty() && q.words().size() > 1) {
      hits = search.search(q.words(), false, p.from(), p.to(), MAX_RANKED);
    }
    if (!q.topics().isEmpty()) {
      Set<String> wanted = new HashSet<>(q.topics());
      hits = hits.stream().filter(h -> stories.topics(h.story().id()).stream().anyMatch(wanted::contains)).toList();
    }
    hits = hits.stream().filter(h -> include.test(h.story())).toList();
    double best = hits.stream().mapToDouble(StoryHit::relevance).max().orElse(1);
    List<StoryHit> ranked = new ArrayList<>(hits);
    ranked.sort(Comparator.comparingDouble((StoryHit h) -> -score(h, best, now))
        .thenComparing(h -> h.story().newestArticleAt(), Comparator.reverseOrder())
        .thenComparingLong(h -> h.story().id()));
    return ranked.stream().map(StoryHit::story).toList();
  }

  private static double score(StoryHit h, double best, Instant now) {
    double relevance = best > 0 ? h.relevance() / best : 1;
    double hours = Math.max(0, Duration.between(h.story().newestArticleAt(), now).toMillis() / 3_600_000.0);
    return relevance * (0.5 + 0.5 * Math.exp(-hours / RECENCY_HOURS));
  }

  private static List<Story> first(List<Story> list, int limit) {
    return list.size() <= limit ? list : list.subList(0, limit);
  }
}
