package dev.herald.model;

import java.util.Objects;

/** One chat channel: platform, workspace (Slack team, Discord guild) and channel id. */
public record ChannelKey(WorkspaceKey workspace, String channelId) {
  public ChannelKey {
    Objects.requireNonNull(workspace, "workspace == null");
    Checks.notBlank(channelId, "channelId");
    if (channelId.contains(":")) throw new IllegalArgumentException("channelId contains ':': " + channelId);
  }

  public static ChannelKey of(Platform platform, String workspaceId, String channelId) {
    return new ChannelKey(new WorkspaceKey(platform, workspaceId), channelId);
  }

  public Platform platform() {
    return workspace.platform();
  }

  /**
   * Parses the {@link #toString()} form, {@code slack:T0123:C0456}. The same text gives the same instance while it
   * is among the last {@link Parsed#KEPT} parsed: the store's rows name a few thousand channels over and over, and the
   * maps keyed by channel (delivery's queues, rate limits, sends in flight) then find a key by reference instead of
   * comparing it field by field.
   */
  public static ChannelKey parse(String text) {
    return Parsed.CHANNELS.get(text, t -> {
      int last = t.lastIndexOf(':');
      if (last < 0) throw new IllegalArgumentException("not a channel key: " + t);
      return new ChannelKey(WorkspaceKey.parse(t.substring(0, last)), t.substring(last + 1));
    });
  }

  @Override
  public String toString() {
    return workspace + ":" + channelId;
  }
}
