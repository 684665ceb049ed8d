package dev.herald.store;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Channels Herald lost access to: paused with their pending rows parked until someone gives access back and asks
 * for a retry. One role of {@link OutboxStore}.
 *
 * <p>Each method is one transaction. Thread-safe.
 */
public interface ChannelPauses {
  /** Pauses the channel and parks its pending rows; returns how many were parked. A pause that exists is kept. */
  int pause(ChannelKey channel, String reason, Instant at);

  Optional<ChannelPause> pause(ChannelKey channel);

  /** The platform's paused channels. */
  Set<ChannelKey> paused(Platform platform);

  /** Lifts the channel's pause and requeues its parked rows (attempts reset); returns how many were requeued. */
  int resume(ChannelKey channel, Instant now);

  List<OutboxRow> parked(ChannelKey channel);
}
