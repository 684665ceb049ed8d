package dev.herald.bot.discord;

import dev.herald.chat.Actor;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/** Who is asking and where, in Herald's terms. Pure. */
final class DiscordActors {
  /** The workspace of direct messages with the bot: they belong to no server. */
  static final String DIRECT_MESSAGES = "dm";
  static final String MANAGERS = "members with the Manage Channel permission";
  static final String DM_MANAGERS = "members with the Manage Channel permission, in the server channel itself (direct"
      + " messages have no settings: run the command in the channel that should get the briefing)";

  private DiscordActors() {}

  /** A server member: Manage Channel in this channel, Manage Server or Administrator may change settings. */
  static Actor member(String userId, Set<Permission> channelPermissions) {
    boolean manages = channelPermissions.contains(Permission.MANAGE_CHANNEL)
        || channelPermissions.contains(Permission.MANAGE_SERVER)
        || channelPermissions.contains(Permission.ADMINISTRATOR);
    return new Actor(userId, manages, MANAGERS);
  }

  /** A user in a direct message with the bot: reading works, settings do not. */
  static Actor directMessage(String userId) {
    return new Actor(userId, false, DM_MANAGERS);
  }

  static ChannelKey channel(String guildIdOrNull, String channelId) {
    return ChannelKey.of(Platform.DISCORD, guildIdOrNull == null ? DIRECT_MESSAGES : guildIdOrNull, channelId);
  }
}
