package dev.herald.delivery;

import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.PostedMessage;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps posted stories current: when a story Herald posted gains a newer summary, each message showing it is edited
 * in place, at most {@code maxEditsPerHour} times per message. An edit over the limit waits until the hour allows
 * it, and edits waiting for one message coalesce into one that shows the latest version. A channel that gets an alert
 * for the new version (it grew by the alert threshold) is not also edited for it: plan alerts first.
 */
final class LivingStories {
  private static final Duration HOUR = Duration.ofHours(1);

  private final Stores stores;
  private final OutboxStores delivery;
  private final Predicate<Platform> deliverable;
  private final int maxEditsPerHour;
  private final Clock clock;

  LivingStories(Stores stores, OutboxStores delivery, Predicate<Platform> deliverable, int maxEditsPerHour,
      Clock clock) {
    this.stores = stores;
    this.delivery = delivery;
    this.deliverable = deliverable;
    this.maxEditsPerHour = maxEditsPerHour;
    this.clock = clock;
  }

  private boolean alerted(PostedMessage m, long storyId, int version) {
    return delivery.outbox().find(OutboxEntry.post(m.channel(), DeliveryKind.ALERT, storyId, version, Optional.empty(),
        clock.instant()).key()).isPresent();
  }

  /** Enqueues the edits the newly summarised stories call for; returns how many. */
  int plan(Set<Long> summarised) {
    if (maxEditsPerHour == 0) return 0;
    List<OutboxEntry> edits = new ArrayList<>();
    Instant now = clock.instant();
    for (long id : new java.util.TreeSet<>(summarised)) {
      for (PostedMessage m : delivery.outbox().postedFor(id)) {
        // what this channel's workspace may read: another workspace's private articles never edit its messages
        Optional<StorySummary> latest = stores.summaries().latest(id, m.channel().workspace());
        if (latest.isEmpty() || m.storyVersion() >= latest.get().storyVersion()) continue;
        if (!deliverable.test(m.channel().platform())) continue;
        if (delivery.outbox().pause(m.channel()).isPresent()) continue;
        if (delivery.outbox().updatePending(m.channel(), m.messageId())) continue;
        // an alert for this very version tells the channel of the change: one means, not an alert and an edit
        if (alerted(m, id, latest.get().storyVersion())) continue;
        List<Instant> recent = delivery.outbox().editsSince(m.channel(), m.messageId(), now.minus(HOUR));
        Instant notBefore = recent.size() < maxEditsPerHour ? now
            : recent.get(recent.size() - maxEditsPerHour).plus(HOUR);
        edits.add(OutboxEntry.update(m.channel(), id, latest.get().storyVersion(), m.messageId(), notBefore));
      }
    }
    return edits.isEmpty() ? 0 : delivery.outbox().enqueue(edits);
  }
}
