package dev.herald.feeds;

/** A page whose server says it is not HTML (a PDF, an image, a feed). */
public final class NotHtmlException extends FeedException {
  public NotHtmlException(String contentType) {
    super("not an HTML page: " + (contentType.isEmpty() ? "no Content-Type" : contentType));
  }
}
