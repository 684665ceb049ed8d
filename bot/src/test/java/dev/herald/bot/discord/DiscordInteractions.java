package dev.herald.bot.discord;

import static dev.herald.bot.fake.FakeDiscordJson.arr;
import static dev.herald.bot.fake.FakeDiscordJson.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.bot.fake.FakeDiscord;
import dev.herald.bot.fake.FakeDiscordGuild;
import dev.herald.bot.fake.FakeDiscordJson;
import java.util.concurrent.atomic.AtomicLong;

/** INTERACTION_CREATE payloads as Discord sends them, for guild channels and direct messages. */
final class DiscordInteractions {
  static final String MEMBER = "5000000000000000001";
  static final String MANAGER = "5000000000000000002";
  static final String DM_CHANNEL = "6000000000000000001";
  private static final AtomicLong IDS = new AtomicLong(7_000_000_000_000_000_000L);

  private final FakeDiscordGuild guild;
  private final String channelId;

  DiscordInteractions(FakeDiscordGuild guild, String channelId) {
    this.guild = guild;
    this.channelId = channelId;
  }

  /** A slash command in the guild channel; {@code options} as Discord nests them. */
  ObjectNode slash(String userId, String name, ArrayNode options) {
    return guildInteraction(2, userId, obj("id", "8000000000000000001", "name", name, "type", 1, "options", options,
        "guild_id", guild.id()));
  }

  /** A {@code /herald <sub>} command with its options. */
  ObjectNode herald(String userId, String sub, ArrayNode options) {
    return slash(userId, "herald", arr(obj("name", sub, "type", 1, "options", options)));
  }

  ObjectNode autocomplete(String userId, String name, String option, String typed) {
    return guildInteraction(4, userId, obj("id", "8000000000000000001", "name", name, "type", 1, "options",
        arr(obj("name", option, "type", 3, "value", typed, "focused", true)), "guild_id", guild.id()));
  }

  /** Autocomplete of {@code option} while {@code others} (name, value, ...) are already filled in. */
  ObjectNode autocomplete(String userId, String name, String option, String typed, String... others) {
    ArrayNode options = arr();
    for (int i = 0; i + 1 < others.length; i += 2) options.add(obj("name", others[i], "type", 3, "value", others[i + 1]));
    options.add(obj("name", option, "type", 3, "value", typed, "focused", true));
    return guildInteraction(4, userId, obj("id", "8000000000000000001", "name", name, "type", 1, "options", options,
        "guild_id", guild.id()));
  }

  /** A click on a button of {@code message} (as the fake stored it). */
  ObjectNode click(String userId, JsonNode message, String customId) {
    ObjectNode i = guildInteraction(3, userId, obj("custom_id", customId, "component_type", 2));
    i.set("message", message);
    return i;
  }

  /** A slash command in the user's direct messages with the bot. */
  static ObjectNode directMessage(String userId, String name, ArrayNode options) {
    ObjectNode user = FakeDiscordJson.user(userId, "reader", false);
    String id = Long.toString(IDS.incrementAndGet());
    return obj("id", id, "application_id", FakeDiscord.APPLICATION_ID, "type", 2, "token", "tok-" + id,
        "version", 1, "channel_id", DM_CHANNEL, "channel", obj("id", DM_CHANNEL, "type", 1, "flags", 0,
            "last_message_id", null, "recipients", arr(user)), "user", user, "locale", "en-US", "context", 1,
        "authorizing_integration_owners", obj("0", "0"), "entitlements", arr(), "app_permissions", "0",
        "data", obj("id", "8000000000000000001", "name", name, "type", 1, "options", options));
  }

  static ArrayNode option(String name, String value) {
    return arr(obj("name", name, "type", 3, "value", value));
  }

  private ObjectNode guildInteraction(int type, String userId, ObjectNode data) {
    String id = Long.toString(IDS.incrementAndGet());
    boolean manager = userId.equals(MANAGER);
    ArrayNode roles = manager ? arr(guild.managerRoleId()) : arr();
    long permissions = FakeDiscordGuild.MEMBER_PERMISSIONS | (manager ? FakeDiscordGuild.MANAGE_CHANNEL : 0);
    return obj("id", id, "application_id", FakeDiscord.APPLICATION_ID, "type", type, "token", "tok-" + id,
        "version", 1, "guild_id", guild.id(), "channel_id", channelId,
        "guild", obj("id", guild.id(), "locale", "en-US", "features", arr()),
        "channel", FakeDiscordJson.textChannel(guild.id(), channelId, "news-" + channelId),
        "member", FakeDiscordJson.member(FakeDiscordJson.user(userId, "user" + userId.substring(15), false), roles,
            permissions),
        "app_permissions", Long.toString(FakeDiscordGuild.MEMBER_PERMISSIONS), "locale", "en-US",
        "guild_locale", "en-US", "context", 0, "authorizing_integration_owners", obj("0", guild.id()),
        "entitlements", arr(), "data", data);
  }
}
