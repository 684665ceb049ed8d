package dev.herald.store;

import dev.herald.model.FingerprintMatch;
import java.time.Instant;
import java.util.List;

/**
 * Fingerprints for finding syndicated copies: one hash of an article's normalised title and a few minimum hashes of
 * its text's word shingles. Thread-safe.
 */
public interface ArticleFingerprintStore {
  /** Replaces the fingerprints of {@code articleId}. */
  void replace(String articleId, String feedId, Instant published, long titleHash, List<Long> textHashes);

  /**
   * Articles of other feeds published in {@code [from, to]} that share the title hash or at least one text hash, most
   * shared first, at most {@code limit}.
   */
  List<FingerprintMatch> matches(
      String excludeFeedId, long titleHash, List<Long> textHashes, Instant from, Instant to, int limit);
}
