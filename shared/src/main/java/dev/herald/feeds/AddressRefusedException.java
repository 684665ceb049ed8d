package dev.herald.feeds;

/** A URL whose address the {@link AddressPolicy} refuses (a private, loopback or reserved IP literal). */
public final class AddressRefusedException extends FeedException {
  public AddressRefusedException(String message) {
    super(message);
  }
}
