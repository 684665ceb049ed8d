package dev.herald.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An outbox row as stored.
 *
 * @param attempts failed attempts so far (rate limits not counted)
 * @param rateLimited how often the platform said "slow down" for this row
 * @param maybePosted an attempt began whose outcome is unknown (a crash or a timeout): ask the platform before
 *     posting again
 * @param lastError the last failure, or the reason it is parked
 * @param messageId the platform's id once sent
 */
public record OutboxRow(
    long id,
    OutboxEntry entry,
    DeliveryState state,
    int attempts,
    int rateLimited,
    boolean maybePosted,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<String> messageId,
    Instant createdAt) {

  public OutboxRow {
    Checks.atLeast(id, 1, "id");
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(state, "state == null");
    Checks.atLeast(attempts, 0, "attempts");
    Checks.atLeast(rateLimited, 0, "rateLimited");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt == null");
    Objects.requireNonNull(lastError, "lastError == null");
    Objects.requireNonNull(messageId, "messageId == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
  }

  public ChannelKey channel() {
    return entry.channel();
  }

  public String key() {
    return entry.key();
  }
}
