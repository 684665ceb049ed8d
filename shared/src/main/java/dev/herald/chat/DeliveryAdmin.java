package dev.herald.chat;

import dev.herald.model.ChannelKey;

/** What chat may ask of delivery. */
public interface DeliveryAdmin {
  /** Requeues the channel's parked deliveries; the number requeued. */
  int retry(ChannelKey channel);
}
