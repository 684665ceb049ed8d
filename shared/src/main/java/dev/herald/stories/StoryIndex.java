package dev.herald.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The live stories and an inverted index from term to the stories whose centroid has it. Stories leave the index when
 * their newest article falls out of the window, so the index (and the cost of a lookup) depends on how many stories
 * are live, never on the archive. Not thread-safe.
 */
final class StoryIndex {
  private final Map<Long, Centroid> live = new HashMap<>();
  private final Map<String, Set<Long>> postings = new HashMap<>();
  /** Stories by newest article time, for eviction; stale entries are skipped when popped. */
  private final PriorityQueue<Expiry> expiries = new PriorityQueue<>();
  private final int maxTerms;
  private final int coreSize;

  private record Expiry(Instant newest, long story) implements Comparable<Expiry> {
    @Override
    public int compareTo(Expiry o) {
      int c = newest.compareTo(o.newest);
      return c != 0 ? c : Long.compare(story, o.story);
    }
  }

  StoryIndex(int maxTerms, int coreSize) {
    this.maxTerms = maxTerms;
    this.coreSize = coreSize;
  }

  Optional<Centroid> get(long story) {
    return Optional.ofNullable(live.get(story));
  }

  /** Starts or grows a story with one article. */
  void add(long story, TermVector v, Instant published) {
    Centroid c = live.computeIfAbsent(story, id -> new Centroid(published, maxTerms, coreSize));
    for (String t : c.add(v, published)) postings.computeIfAbsent(t, k -> new HashSet<>()).add(story);
    for (String t : c.prune()) unpost(t, story);
    expiries.add(new Expiry(c.newest(), story));
  }

  /** Moves {@code drop}'s terms into {@code keep} and forgets {@code drop}. */
  void merge(long keep, long drop) {
    Centroid d = live.remove(drop);
    Centroid k = live.get(keep);
    if (d == null || k == null) throw new IllegalArgumentException("not live: " + (d == null ? drop : keep));
    for (String t : d.terms()) unpost(t, drop);
    for (String t : k.absorb(d)) postings.computeIfAbsent(t, x -> new HashSet<>()).add(keep);
    for (String t : k.prune()) unpost(t, keep);
    expiries.add(new Expiry(k.newest(), keep));
  }

  /** Live stories sharing at least one of {@code terms}, in ascending id order (deterministic). */
  List<Long> candidates(Collection<String> terms) {
    Set<Long> out = new HashSet<>();
    for (String t : terms) {
      Set<Long> p = postings.get(t);
      if (p != null) out.addAll(p);
    }
    List<Long> sorted = new ArrayList<>(out);
    sorted.sort(null);
    return sorted;
  }

  /** Forgets every story whose newest article is before {@code cutoff}; returns how many left. */
  int evictBefore(Instant cutoff) {
    int n = 0;
    while (!expiries.isEmpty() && expiries.peek().newest().isBefore(cutoff)) {
      Expiry e = expiries.poll();
      Centroid c = live.get(e.story());
      if (c == null || !c.newest().equals(e.newest())) continue;
      live.remove(e.story());
      for (String t : c.terms()) unpost(t, e.story());
      n++;
    }
    return n;
  }

  private void unpost(String term, long story) {
    Set<Long> p = postings.get(term);
    if (p == null) return;
    p.remove(story);
    if (p.isEmpty()) postings.remove(term);
  }

  int size() {
    return live.size();
  }

  int terms() {
    return postings.size();
  }
}
