package dev.herald.feeds;

import java.io.IOException;

/**
 * A feed that cannot be fetched or read. The message is one line meant for people ("HTTP 404 Not Found", "not a
 * feed: an HTML page"), never a stack trace; it is what feed health shows.
 */
public class FeedException extends IOException {
  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
