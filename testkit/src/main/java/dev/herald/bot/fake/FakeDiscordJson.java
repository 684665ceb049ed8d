package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The JSON shapes Discord sends (users, guilds, channels, messages, interactions), as far as JDA reads them. */
public final class FakeDiscordJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private FakeDiscordJson() {}

  /** An object from alternating keys and values; values may be null, JsonNodes, strings, numbers or booleans. */
  public static ObjectNode obj(Object... kv) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
    return o;
  }

  public static ArrayNode arr(Object... items) {
    ArrayNode a = JSON.createArrayNode();
    for (Object item : items) a.add(JSON.valueToTree(item));
    return a;
  }

  static JsonNode parse(String text) {
    try {
      return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode user(String id, String name, boolean bot) {
    return obj("id", id, "username", name, "global_name", name, "discriminator", "0", "avatar", null, "bot", bot,
        "public_flags", 0);
  }

  /** A text channel of {@code guildId} with no permission overwrites. */
  public static ObjectNode textChannel(String guildId, String channelId, String name) {
    return obj("id", channelId, "type", 0, "guild_id", guildId, "name", name, "position", 0,
        "permission_overwrites", arr(), "nsfw", false, "topic", null, "last_message_id", null, "parent_id", null,
        "rate_limit_per_user", 0, "flags", 0);
  }

  public static ObjectNode role(String id, String name, long permissions, int position) {
    return obj("id", id, "name", name, "permissions", Long.toString(permissions), "position", position, "color", 0,
        "colors", obj("primary_color", 0, "secondary_color", null, "tertiary_color", null), "hoist", false,
        "managed", false, "mentionable", false, "flags", 0, "icon", null, "unicode_emoji", null);
  }

  /** A guild member of the given roles, as sent inside an interaction (with the computed permissions). */
  public static ObjectNode member(ObjectNode user, ArrayNode roleIds, long permissions) {
    return obj("user", user, "roles", roleIds, "joined_at", "2026-01-01T00:00:00.000000+00:00", "deaf", false,
        "mute", false, "flags", 0, "pending", false, "nick", null, "avatar", null, "premium_since", null,
        "communication_disabled_until", null, "permissions", Long.toString(permissions));
  }

  /**
   * The request's embeds as Discord stores and returns them: each with its {@code type}, {@code "rich"} for the
   * embeds bots send (JDA refuses to read an embed without one).
   */
  static ArrayNode embeds(JsonNode body) {
    ArrayNode out = arr();
    for (JsonNode e : body.path("embeds")) {
      ObjectNode copy = e.isObject() ? ((ObjectNode) e).deepCopy() : JSON.createObjectNode();
      if (!copy.has("type")) copy.put("type", "rich");
      out.add(copy);
    }
    return out;
  }

  /** A message as Discord returns it from create, edit and history. */
  static ObjectNode message(String id, String channelId, ObjectNode author, JsonNode body, Instant at) {
    ObjectNode m = obj("id", id, "channel_id", channelId, "author", author, "type", 0, "tts", false,
        "timestamp", at.toString(), "edited_timestamp", null, "mention_everyone", false, "mentions", arr(),
        "mention_roles", arr(), "attachments", arr(), "pinned", false, "flags", body.path("flags").asInt(0));
    m.set("content", body.has("content") ? body.get("content") : JSON.valueToTree(""));
    m.set("embeds", embeds(body));
    m.set("components", body.has("components") ? body.get("components") : arr());
    if (body.has("nonce")) m.set("nonce", body.get("nonce"));
    return m;
  }
}
