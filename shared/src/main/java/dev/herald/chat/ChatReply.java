package dev.herald.chat;

import dev.herald.render.NoticeView;
import dev.herald.render.View;
import java.util.Objects;

/**
 * The answer to a command.
 *
 * @param ephemeral whether only the asking user should see it (lookups, sources, settings confirmations, refusals);
 *     platforms without the notion ignore it
 */
public record ChatReply(View view, boolean ephemeral) {
  public ChatReply {
    Objects.requireNonNull(view, "view == null");
  }

  public static ChatReply privately(View view) {
    return new ChatReply(view, true);
  }

  public static ChatReply error(String text) {
    return new ChatReply(NoticeView.error(text), true);
  }
}
