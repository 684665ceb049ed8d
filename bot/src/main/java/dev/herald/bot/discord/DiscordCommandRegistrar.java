package dev.herald.bot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands when a shard is ready: in each development guild the shard holds (guild commands
 * update instantly), or, with no development guilds configured, globally from shard 0 (a bulk overwrite that Discord
 * propagates to every guild). Registering is idempotent: the same definitions overwrite themselves.
 *
 * <p>Each place is registered once per process: the definitions cannot change while it runs. JDA reports a shard
 * ready once per login (a resumed or new gateway session after a disconnect is not a ready, and makes no REST
 * request: {@code DiscordReconnectTest}); a shard logged in again ({@code ShardManager.restart}) is, and its ready
 * sends nothing for a place already registered, so only a login's unpaced requests ({@code GET gateway/bot}, {@code
 * GET users/@me}) reach Discord's global limit then. A registration that failed is tried again at the next ready.
 */
final class DiscordCommandRegistrar {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordCommandRegistrar.class);
  /**
   * What Herald needs in a channel it posts to: see it, send (also in threads), embed links (the cards) and read
   * history ({@link DiscordPublisher#findPosted}). Invite scopes: {@code bot} and {@code applications.commands}.
   */
  static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
      Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);

  /** A registration not answered within this fails: delivery waits for its answer (see {@link #settled}). */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final List<String> devGuildIds;
  /** Registrations sent and not yet answered. */
  private final AtomicInteger pending = new AtomicInteger();
  /** The shards whose ready was handled (their registrations, if any, sent). */
  private final Set<Integer> readied = ConcurrentHashMap.newKeySet();
  /** The places registered or being registered: {@code "global"} or {@code "development guild <id>"}. */
  private final Set<String> registered = ConcurrentHashMap.newKeySet();

  DiscordCommandRegistrar(List<String> devGuildIds) {
    this.devGuildIds = List.copyOf(devGuildIds);
  }

  void register(JDA shard) {
    try {
      send(shard);
    } finally {
      readied.add(shard.getShardInfo().getShardId());
    }
  }

  /**
   * Whether all {@code shards} shards were ready and every registration they sent was answered: the requests of the
   * bot's start-up are over (they count against Discord's global limit, which delivery paces only for its own).
   */
  boolean settled(int shards) {
    return readied.size() >= shards && pending.get() == 0;
  }

  private void send(JDA shard) {
    if (shard.getShardInfo().getShardId() == 0) {
      LOG.info("invite Herald to a server with {}",
          shard.setRequiredScopes("applications.commands").getInviteUrl(PERMISSIONS));
    }
    if (devGuildIds.isEmpty()) {
      if (shard.getShardInfo().getShardId() == 0) put(shard.updateCommands(), "global");
      return;
    }
    for (String id : devGuildIds) {
      Guild guild = shard.getGuildById(id);
      if (guild != null) put(guild.updateCommands(), "development guild " + id);
    }
  }

  /**
   * Overwrites the commands {@code where} (a bulk overwrite, idempotent) unless this process registered them there
   * already; {@link #settled} waits for the answer.
   */
  private void put(CommandListUpdateAction update, String where) {
    if (!registered.add(where)) {
      LOG.debug("Discord commands ({}) already registered by this process", where);
      return;
    }
    pending.incrementAndGet();
    try {
      update.addCommands(DiscordCommands.all()).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .queue(c -> answered(() -> LOG.info("registered {} Discord commands ({})", c.size(), where)),
              e -> failed(where, e));
    } catch (RuntimeException e) {
      failed(where, e);
    }
  }

  private void failed(String where, Throwable e) {
    registered.remove(where);
    answered(() -> LOG.error("registering Discord commands ({}) failed: {}", where, e.toString()));
  }

  private void answered(Runnable log) {
    pending.decrementAndGet();
    log.run();
  }
}
