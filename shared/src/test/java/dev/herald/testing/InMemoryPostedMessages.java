package dev.herald.testing;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.store.DeliveryState;
import dev.herald.store.PostedMessage;
import dev.herald.store.PostedMessages;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** {@link PostedMessages} in memory: what sent rows posted, and the edits. See {@link InMemoryOutbox}. */
public final class InMemoryPostedMessages implements PostedMessages {
  private final InMemoryOutbox o;

  InMemoryPostedMessages(InMemoryOutbox outbox) {
    this.o = outbox;
  }

  @Override
  public List<PostedMessage> postedFor(long storyId) {
    synchronized (o) {
      return o.posts.stream().filter(p -> p.storyId() == storyId)
          .sorted(Comparator.comparing((PostedMessage p) -> p.channel().toString())
              .thenComparing(PostedMessage::postedAt))
          .toList();
    }
  }

  @Override
  public boolean seen(ChannelKey channel, long storyId, int version) {
    synchronized (o) {
      return o.posts.stream().anyMatch(p -> p.channel().equals(channel) && p.storyId() == storyId
          && p.storyVersion() >= version);
    }
  }

  @Override
  public OptionalInt toldVersion(ChannelKey channel, long storyId) {
    synchronized (o) {
      return o.rows(channel)
          .filter(r -> r.entry.storyId() == storyId)
          .filter(r -> r.entry.kind() == DeliveryKind.BRIEFING || r.entry.kind() == DeliveryKind.ALERT)
          .filter(r -> r.in(DeliveryState.PENDING, DeliveryState.CLAIMED, DeliveryState.SENT))
          .mapToInt(r -> r.entry.storyVersion()).max();
    }
  }

  @Override
  public boolean updatePending(ChannelKey channel, String messageId) {
    synchronized (o) {
      return o.rows(channel).anyMatch(r -> r.entry.targetMessage().filter(messageId::equals).isPresent()
          && r.in(DeliveryState.PENDING, DeliveryState.CLAIMED));
    }
  }

  @Override
  public List<Instant> editsSince(ChannelKey channel, String messageId, Instant since) {
    synchronized (o) {
      return o.edits.stream()
          .filter(e -> e.channel().equals(channel) && e.messageId().equals(messageId) && !e.at().isBefore(since))
          .map(InMemoryOutbox.Edit::at).sorted().toList();
    }
  }
}
