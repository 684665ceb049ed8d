package dev.herald.store;

import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a claim on outbox rows got: the rows now held, and why the others were not taken. A row neither claimed, gone
 * nor paced is busy: another instance has a send to its channel on the way, an earlier post of the channel is still
 * waiting, or another claim held the channel at that moment; it may be tried again shortly.
 *
 * @param claimed the ids claimed, to be sent
 * @param gone ids that are no longer pending (another instance claimed, sent or parked them)
 * @param pacedUntil channels whose per-channel limit was reached by requests already answered, with the earliest
 *     time the next may go
 */
public record OutboxClaim(List<Long> claimed, Set<Long> gone, Map<ChannelKey, Instant> pacedUntil) {
  public OutboxClaim {
    claimed = List.copyOf(claimed);
    gone = Set.copyOf(gone);
    pacedUntil = Map.copyOf(Objects.requireNonNull(pacedUntil, "pacedUntil == null"));
  }
}
