package dev.herald.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A post or edit that did not happen, classified so that delivery knows what to do next. */
public final class PublishException extends Exception {
  /** What went wrong, from delivery's point of view. */
  public enum Kind {
    /** The platform said "slow down": retry after {@link #retryAfter()}. */
    RATE_LIMITED,
    /** A network error or a 5xx: retry with backoff. */
    TRANSIENT,
    /** Herald lost access to the channel (removed, archived, missing permission): pause the channel. */
    LOST_ACCESS,
    /** The platform rejected this message (bad payload): park it, retrying cannot help. */
    REJECTED
  }

  private final Kind kind;
  private final Duration retryAfter;

  public PublishException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.retryAfter = retryAfter;
  }

  public PublishException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public static PublishException rateLimited(String message, Duration retryAfter) {
    return new PublishException(Kind.RATE_LIMITED, message, Objects.requireNonNull(retryAfter), null);
  }

  public Kind kind() {
    return kind;
  }

  /** How long the platform asked to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
