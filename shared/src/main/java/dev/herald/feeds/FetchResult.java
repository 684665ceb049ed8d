package dev.herald.feeds;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** What a fetch returned: a body to parse, or "not modified" since the validators sent. Failures are exceptions. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified {

  /**
   * A body.
   *
   * @param body the decompressed bytes, at most the configured cap
   * @param charset the {@code charset} of the HTTP {@code Content-Type}, if any
   * @param finalUri where the body came from after redirects (the base for relative links)
   * @param validators the new validators to send next time
   */
  record Fetched(byte[] body, Optional<String> charset, URI finalUri, Validators validators) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(body, "body == null");
      Objects.requireNonNull(charset, "charset == null");
      Objects.requireNonNull(finalUri, "finalUri == null");
      Objects.requireNonNull(validators, "validators == null");
    }
  }

  /** HTTP 304, or an unchanged local file. */
  record NotModified(Validators validators) implements FetchResult {
    public NotModified {
      Objects.requireNonNull(validators, "validators == null");
    }
  }
}
