package dev.herald.store;

import java.time.Instant;
import java.util.List;

/**
 * The SQL condition "the story has coverage in {@code [from, to)}": one of its articles was published in that period.
 * A lookup for "yesterday" wants yesterday's news, including a story that also had an article after midnight, so the
 * story's newest article alone cannot decide. The condition is on the alias {@code s} of {@code stories}; it starts
 * with the index-friendly {@code s.newest_article_at >= from} (a story covered in the period has its newest article
 * no earlier), and a period from the epoch on ("any time") needs nothing more.
 */
final class Coverage {
  private Coverage() {}

  /** The condition, to follow {@code WHERE} or {@code AND}. */
  static String condition(Instant from) {
    if (!from.isAfter(Instant.EPOCH)) return "s.newest_article_at < ?";
    return "s.newest_article_at >= ? AND s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a"
        + " ON a.id = sa.article_id WHERE a.published_at >= ? AND a.published_at < ?)";
  }

  /** The parameters of {@link #condition(Instant)}, in order. */
  static List<Object> params(Instant from, Instant to) {
    if (!from.isAfter(Instant.EPOCH)) return List.of(to);
    return List.of(from, from, to);
  }
}
