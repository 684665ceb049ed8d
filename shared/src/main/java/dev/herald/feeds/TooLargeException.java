package dev.herald.feeds;

/** A body past its size cap, counted after decompression. */
public final class TooLargeException extends FeedException {
  public TooLargeException(String what, long maxBytes) {
    super(what + " larger than " + Sizes.describe(maxBytes) + " (the cap)");
  }
}
