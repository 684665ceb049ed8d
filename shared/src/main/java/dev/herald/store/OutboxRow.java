package dev.herald.store;

import dev.herald.model.ChannelKey;
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
    if (id < 1) throw new IllegalArgumentException("id < 1: " + id);
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(state, "state == null");
    if (attempts < 0) throw new IllegalArgumentException("attempts < 0: " + attempts);
    if (rateLimited < 0) throw new IllegalArgumentException("rateLimited < 0: " + rateLimited);
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
