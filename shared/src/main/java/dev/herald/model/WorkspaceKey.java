package dev.herald.model;

import java.util.Objects;

/** A Slack workspace (team id), a Discord guild (guild id) or the console's single workspace. */
public record WorkspaceKey(Platform platform, String id) {
  public WorkspaceKey {
    Objects.requireNonNull(platform, "platform == null");
    Checks.notBlank(id, "id");
    if (id.contains(":")) throw new IllegalArgumentException("id contains ':': " + id);
  }

  /** Parses the {@link #toString()} form, {@code slack:T0123}; the same text gives the same instance, as {@link ChannelKey#parse} does. */
  public static WorkspaceKey parse(String text) {
    return Parsed.WORKSPACES.get(text, t -> {
      int colon = t.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException("not a workspace key: " + t);
      return new WorkspaceKey(Platform.parse(t.substring(0, colon)), t.substring(colon + 1));
    });
  }

  @Override
  public String toString() {
    return platform.key() + ":" + id;
  }
}
