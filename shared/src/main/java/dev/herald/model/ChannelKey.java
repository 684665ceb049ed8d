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

  /** Parses the {@link #toString()} form, {@code slack:T0123:C0456}. */
  public static ChannelKey parse(String text) {
    int last = text.lastIndexOf(':');
    if (last < 0) throw new IllegalArgumentException("not a channel key: " + text);
    return new ChannelKey(WorkspaceKey.parse(text.substring(0, last)), text.substring(last + 1));
  }

  @Override
  public String toString() {
    return workspace + ":" + channelId;
  }
}
