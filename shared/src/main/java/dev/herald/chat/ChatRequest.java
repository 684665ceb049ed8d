package dev.herald.chat;

import dev.herald.model.ChannelKey;
import java.util.Objects;

/** One command from one user in one channel. */
public record ChatRequest(ChannelKey channel, Actor actor, ChatCommand command) {
  public ChatRequest {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(actor, "actor == null");
    Objects.requireNonNull(command, "command == null");
  }
}
