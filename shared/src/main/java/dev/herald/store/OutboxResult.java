package dev.herald.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one attempt at an outbox row ended, to be recorded (many in one transaction).
 *
 * @param messageId for {@link Kind#SENT}: the platform's id of the message
 * @param shownVersion for {@link Kind#SENT}: the summarised version the message shows
 * @param at when it ended; for {@link Kind#RETRY}, when to try again
 * @param error for a retry or a parked row: why
 * @param countAttempt for a retry: whether it counts as a failed attempt (a rate limit does not)
 * @param maybePosted for a retry: whether the attempt may have posted after all (a timeout)
 * @param answered when the platform answered each request the attempt made: they count toward the channel's limit
 *     for every instance sharing the outbox ({@link dev.herald.store.ChannelPacing})
 */
public record OutboxResult(
    long id,
    OutboxEntry entry,
    Kind kind,
    Optional<String> messageId,
    int shownVersion,
    Instant at,
    Optional<String> error,
    boolean countAttempt,
    boolean maybePosted,
    List<Instant> answered) {

  /** What happened. */
  public enum Kind {
    SENT,
    RETRY,
    PARKED
  }

  public OutboxResult {
    if (id < 1) throw new IllegalArgumentException("id < 1: " + id);
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(messageId, "messageId == null");
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(error, "error == null");
    answered = List.copyOf(answered);
    if (kind == Kind.SENT && messageId.isEmpty()) throw new IllegalArgumentException("sent without a message id");
  }

  public static OutboxResult sent(long id, OutboxEntry entry, String messageId, int shownVersion, Instant at) {
    return new OutboxResult(id, entry, Kind.SENT, Optional.of(messageId), shownVersion, at, Optional.empty(), false,
        false, List.of());
  }

  public static OutboxResult retry(long id, OutboxEntry entry, Instant at, String error, boolean countAttempt,
      boolean maybePosted) {
    return new OutboxResult(id, entry, Kind.RETRY, Optional.empty(), 0, at, Optional.of(error), countAttempt,
        maybePosted, List.of());
  }

  public static OutboxResult parked(long id, OutboxEntry entry, String reason, Instant at) {
    return new OutboxResult(id, entry, Kind.PARKED, Optional.empty(), 0, at, Optional.of(reason), false, false,
        List.of());
  }

  /** This result with the answer times of the attempt's requests. */
  public OutboxResult withAnswered(List<Instant> times) {
    return new OutboxResult(id, entry, kind, messageId, shownVersion, at, error, countAttempt, maybePosted, times);
  }
}
