package dev.herald.model;

/**
 * A stored article that shares fingerprints with a new one: a candidate syndicated copy, still to be verified.
 *
 * @param sameTitle whether the normalised titles are equal
 * @param sharedTextHashes how many of the text's minimum hashes both have
 */
public record FingerprintMatch(String articleId, boolean sameTitle, int sharedTextHashes) {
  public FingerprintMatch {
    Checks.notBlank(articleId, "articleId");
    Checks.atLeast(sharedTextHashes, 0, "sharedTextHashes");
  }
}
