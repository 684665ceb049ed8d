package dev.herald.feeds;

import dev.herald.text.ControlChars;
import java.io.IOException;

/**
 * A feed that cannot be fetched or read. The message is one line meant for people ("HTTP 404 Not Found", "not a
 * feed: an HTML page"), never a stack trace; it is what feed health shows. Messages quote servers and pages, so any
 * control character in them is escaped ({@link ControlChars#escape}): the line stays one line.
 */
public class FeedException extends IOException {
  public FeedException(String message) {
    super(ControlChars.escape(message));
  }

  public FeedException(String message, Throwable cause) {
    super(ControlChars.escape(message), cause);
  }
}
