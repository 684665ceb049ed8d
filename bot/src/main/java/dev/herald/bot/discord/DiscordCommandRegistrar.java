package dev.herald.bot.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands when a shard is ready: in each development guild the shard holds (guild commands
 * update instantly), or, with no development guilds configured, globally from shard 0 (a bulk overwrite that Discord
 * propagates to every guild). Registering is idempotent: the same definitions overwrite themselves.
 */
final class DiscordCommandRegistrar {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordCommandRegistrar.class);
  /**
   * What Herald needs in a channel it posts to: see it, send (also in threads), embed links (the cards) and read
   * history ({@link DiscordPublisher#findPosted}). Invite scopes: {@code bot} and {@code applications.commands}.
   */
  static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
      Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);

  private final List<String> devGuildIds;

  DiscordCommandRegistrar(List<String> devGuildIds) {
    this.devGuildIds = List.copyOf(devGuildIds);
  }

  void register(JDA shard) {
    if (shard.getShardInfo().getShardId() == 0) {
      LOG.info("invite Herald to a server with {}",
          shard.setRequiredScopes("applications.commands").getInviteUrl(PERMISSIONS));
    }
    if (devGuildIds.isEmpty()) {
      if (shard.getShardInfo().getShardId() != 0) return;
      shard.updateCommands().addCommands(DiscordCommands.all())
          .queue(c -> LOG.info("registered {} global Discord commands", c.size()),
              e -> LOG.error("registering global Discord commands failed: {}", e.toString()));
      return;
    }
    for (String id : devGuildIds) {
      Guild guild = shard.getGuildById(id);
      if (guild == null) continue;
      guild.updateCommands().addCommands(DiscordCommands.all())
          .queue(c -> LOG.info("registered {} Discord commands in development guild {}", c.size(), id),
              e -> LOG.error("registering Discord commands in guild {} failed: {}", id, e.toString()));
    }
  }
}
