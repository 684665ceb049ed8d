package dev.herald.store;

import java.util.Objects;

/**
 * A pending outbox row as a reader first sees it: its id and its channel in the stored form ({@code
 * slack:T0123:C0456}), enough to tell whether it is one the reader sends and already holds before it reads whole rows
 * ({@link OutboxClaims#pendingRows}).
 */
public record OutboxRef(long id, String channelKey) {
  public OutboxRef {
    if (id < 1) throw new IllegalArgumentException("id < 1: " + id);
    Objects.requireNonNull(channelKey, "channelKey == null");
  }
}
