package dev.herald.store;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Channels Herald knows, their settings and their topic subscriptions. */
public interface ChannelStore {
  /** Inserts the channel or replaces its settings. */
  void save(Channel channel);

  Optional<Channel> find(ChannelKey key);

  List<Channel> all();

  /** Adds a subscription; false when the channel already had it. The channel must exist. */
  boolean subscribe(Subscription subscription);

  /** Removes a subscription; false when there was none. */
  boolean unsubscribe(ChannelKey channel, String topic);

  List<Subscription> subscriptions(ChannelKey channel);

  List<Subscription> subscribers(String topic);

  /** Records that the user was shown the story in the channel (replacing what they were shown before). */
  void showed(ChannelKey channel, String userId, long storyId, Instant at);

  /** The story the user was last shown in the channel. */
  Optional<ShownStory> lastShown(ChannelKey channel, String userId);
}
