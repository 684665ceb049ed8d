package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A guild of the fake Discord: an @everyone role that may read and post, a "Managers" role with Manage Channel, and
 * text channels (some of them read-only: @everyone may not send there). Ids are derived from the guild id so that tests can name them: the manager role is {@code guildId
 * + 1}.
 */
public record FakeDiscordGuild(String id, String name, String ownerId, List<String> channelIds,
    List<String> readOnlyChannelIds) {
  /** View Channel, Send Messages, Embed Links, Read Message History: what @everyone may do. */
  public static final long MEMBER_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16);
  /** Send Messages. */
  public static final long SEND_MESSAGES = 1L << 11;
  /** Manage Channels. */
  public static final long MANAGE_CHANNEL = 1L << 4;

  public FakeDiscordGuild {
    channelIds = List.copyOf(channelIds);
    readOnlyChannelIds = List.copyOf(readOnlyChannelIds);
  }

  public String managerRoleId() {
    return Long.toString(Long.parseLong(id) + 1);
  }

  /** The GUILD_CREATE payload; the bot is a member with only @everyone's permissions. */
  ObjectNode toJson(ObjectNode bot) {
    ArrayNode channels = FakeDiscordJson.arr();
    for (String c : channelIds) channels.add(FakeDiscordJson.textChannel(id, c, "news-" + c));
    for (String c : readOnlyChannelIds) {
      ObjectNode channel = FakeDiscordJson.textChannel(id, c, "read-only-" + c);
      // @everyone (the bot included) may read but not send here
      channel.set("permission_overwrites", FakeDiscordJson.arr(FakeDiscordJson.obj("id", id, "type", 0, "allow", "0",
          "deny", Long.toString(SEND_MESSAGES))));
      channels.add(channel);
    }
    return FakeDiscordJson.obj("id", id, "name", name, "owner_id", ownerId, "icon", null, "splash", null,
        "discovery_splash", null, "banner", null, "description", null, "afk_channel_id", null, "afk_timeout", 300,
        "verification_level", 0, "default_message_notifications", 0, "explicit_content_filter", 0,
        "mfa_level", 0, "nsfw_level", 0, "premium_tier", 0, "premium_subscription_count", 0,
        "premium_progress_bar_enabled", false, "preferred_locale", "en-US", "system_channel_id", null,
        "system_channel_flags", 0, "rules_channel_id", null, "public_updates_channel_id", null,
        "safety_alerts_channel_id", null, "vanity_url_code", null, "max_members", 500_000, "member_count", 3,
        "large", false, "unavailable", false, "joined_at", "2026-01-01T00:00:00.000000+00:00", "features",
        FakeDiscordJson.arr(), "roles", FakeDiscordJson.arr(
            FakeDiscordJson.role(id, "@everyone", MEMBER_PERMISSIONS, 0),
            FakeDiscordJson.role(managerRoleId(), "Managers", MEMBER_PERMISSIONS | MANAGE_CHANNEL, 1)),
        "emojis", FakeDiscordJson.arr(), "stickers", FakeDiscordJson.arr(), "channels", channels,
        "threads", FakeDiscordJson.arr(),
        "members", FakeDiscordJson.arr(FakeDiscordJson.member(bot, FakeDiscordJson.arr(), MEMBER_PERMISSIONS)), "voice_states", FakeDiscordJson.arr(),
        "presences", FakeDiscordJson.arr(), "stage_instances", FakeDiscordJson.arr(),
        "guild_scheduled_events", FakeDiscordJson.arr(), "soundboard_sounds", FakeDiscordJson.arr());
  }
}
