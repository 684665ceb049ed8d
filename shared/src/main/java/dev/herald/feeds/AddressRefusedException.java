package dev.herald.feeds;

/** A URL naming an address the {@link AddressPolicy} refuses (a literal IP; names are refused in DNS). */
public final class AddressRefusedException extends FeedException {
  public AddressRefusedException(String message) {
    super(message);
  }
}
