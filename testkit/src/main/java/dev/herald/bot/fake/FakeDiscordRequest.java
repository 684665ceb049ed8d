package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One REST request the fake Discord received, with the status it answered.
 *
 * @param path the path below the API root, e.g. {@code channels/42/messages}
 * @param body the JSON body, an empty object when there was none
 */
public record FakeDiscordRequest(String method, String path, String query, JsonNode body, int status) {
  public FakeDiscordRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(body, "body == null");
  }

  /** An initial interaction response: {@code POST interactions/<id>/<token>/callback}. */
  public boolean isCallback() {
    return method.equals("POST") && path.startsWith("interactions/") && path.endsWith("/callback");
  }

  /** A message posted to a channel. */
  public boolean isChannelPost() {
    return method.equals("POST") && path.matches("channels/\\d+/messages");
  }

  /** Whether the message this request sends or defers is ephemeral (flag 64). */
  public boolean ephemeral() {
    JsonNode flags = isCallback() ? body.path("data").path("flags") : body.path("flags");
    return (flags.asInt(0) & 64) != 0;
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + " " + body;
  }
}
