package dev.herald.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with the gateway URL from config ({@code discord.gateway_url}), for single and sharded
 * logins alike: the shard total and identify concurrency still come from Discord's {@code /gateway/bot}. It is JDA's
 * concurrent controller, so shards of a large bot identify in parallel as far as Discord's {@code max_concurrency}
 * allows.
 */
final class DiscordGateway extends ConcurrentSessionController {
  static final String DISCORD = "wss://gateway.discord.gg";

  private final String url;

  DiscordGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway fromDiscord = super.getShardedGateway(api);
    return new ShardedGateway(url, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
  }

  /** Discord's own gateway gets zlib transport compression; a local or test gateway speaks plain JSON. */
  static Compression compression(String url) {
    return url.startsWith(DISCORD) ? Compression.ZLIB : Compression.NONE;
  }
}
