package dev.herald.feeds;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTML page as fetched: untrusted bytes, at most the configured cap after decompression.
 *
 * @param finalUrl where the body came from after redirects (the base for relative links)
 * @param charset the {@code charset} of the HTTP {@code Content-Type}, if any
 */
public record FetchedPage(URI finalUrl, byte[] body, Optional<String> charset) {
  public FetchedPage {
    Objects.requireNonNull(finalUrl, "finalUrl == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(charset, "charset == null");
  }
}
