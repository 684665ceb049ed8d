package dev.herald.feeds;

import java.util.Objects;

/**
 * A site's {@code robots.txt} as fetched.
 *
 * @param status the HTTP status (200, 404, 503...)
 * @param body the body when the status is 2xx, else empty
 */
public record RobotsFile(int status, byte[] body, String contentType) {
  public RobotsFile {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(contentType, "contentType == null");
  }
}
