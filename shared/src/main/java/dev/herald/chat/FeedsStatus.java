package dev.herald.chat;

import dev.herald.feeds.FeedRegistry;
import dev.herald.model.ChannelKey;
import dev.herald.render.InfoView;

/**
 * The "Feeds" part of {@code /herald status}, its only one: each feed the channel's workspace sees, with its health
 * as the feeds stage keeps it ({@code Harbor Times: ok, 12 items, read 2026-11-27 08:10 UTC}).
 */
public final class FeedsStatus implements StatusSection {
  private final FeedRegistry feeds;

  public FeedsStatus(FeedRegistry feeds) {
    this.feeds = feeds;
  }

  @Override
  public InfoView.Block report(ChannelKey channel) {
    return new InfoView.Block("Feeds", feeds.status(channel.workspace()).stream()
        .map(s -> s.feed().label() + ": " + s.describe()).toList());
  }
}
