package dev.herald.articles;

import dev.herald.model.Article;
import dev.herald.model.FingerprintMatch;
import dev.herald.store.ArticleFingerprintStore;
import dev.herald.store.ArticleStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Links syndicated copies: the same wire story published by several outlets. A candidate is an article from another
 * feed, published within {@link #WINDOW} either way, that shares the normalised title or text sketch hashes; it is a
 * copy when at least {@link #MIN_CONTAINMENT} of the shorter text's shingles occur in the longer one. A copy points at
 * the earliest published original (following the original's own link), and still counts as coverage downstream.
 * Thread-safe when its stores are.
 */
final class SyndicationLinker {
  static final Duration WINDOW = Duration.ofHours(72);
  static final double MIN_CONTAINMENT = 0.6;
  private static final int MAX_CANDIDATES = 20;

  private final ArticleStore articles;
  private final ArticleFingerprintStore fingerprints;

  SyndicationLinker(ArticleStore articles, ArticleFingerprintStore fingerprints) {
    this.articles = articles;
    this.fingerprints = fingerprints;
  }

  /** The id of the article {@code a} copies, if any. */
  Optional<String> originalOf(Article a) {
    Set<Long> shingles = Fingerprints.shingles(a.body());
    if (shingles.isEmpty()) return Optional.empty();
    List<FingerprintMatch> matches = fingerprints.matches(a.feedId(), Fingerprints.titleHash(a.title()),
        Fingerprints.sketch(shingles), a.published().minus(WINDOW), a.published().plus(WINDOW), MAX_CANDIDATES);
    List<String> ids = new ArrayList<>();
    for (FingerprintMatch m : matches) if (m.sameTitle() || m.sharedTextHashes() >= 2) ids.add(m.articleId());
    Article best = null;
    for (Article candidate : articles.findAll(ids)) {
      if (candidate.feedId().equals(a.feedId())) continue;
      if (Fingerprints.containment(shingles, Fingerprints.shingles(candidate.body())) < MIN_CONTAINMENT) continue;
      if (best == null || candidate.published().isBefore(best.published())) best = candidate;
    }
    if (best == null) return Optional.empty();
    String root = best.nearDuplicateOf().isEmpty() ? best.id() : best.nearDuplicateOf();
    return root.equals(a.id()) ? Optional.empty() : Optional.of(root);
  }

  /** Records the fingerprints of a stored article. */
  void remember(Article a) {
    Set<Long> shingles = Fingerprints.shingles(a.body());
    fingerprints.replace(a.id(), a.feedId(), a.published(), Fingerprints.titleHash(a.title()),
        Fingerprints.sketch(shingles));
  }
}
