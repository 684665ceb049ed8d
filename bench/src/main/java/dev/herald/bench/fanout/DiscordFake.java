package dev.herald.bench.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.discord.DiscordBot;
import dev.herald.bot.fake.FakeDiscord;
import dev.herald.bot.fake.FakeDiscordLimited;
import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.chat.ChatService;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.Publisher;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fake Discord with Discord's limits (50 requests a second for the bot, 5 messages per 5 seconds per channel,
 * 429 with retry_after past either) and one guild holding the bench channels, and the real {@link DiscordBot} (JDA)
 * connected to it. A message posted again with the same nonce inside Discord's window is answered with the first
 * (enforce_nonce); a duplicate here is a second message created with a key the channel already had.
 */
final class DiscordFake implements FakePlatform {
  private final FakeDiscord server;
  private final List<String> channelIds = new ArrayList<>();
  private final List<AutoCloseable> clients = new ArrayList<>();

  DiscordFake(int channels) throws Exception {
    server = FakeDiscord.start(FakeDiscordLimits.discord());
    server.recordRequests(false);
    for (int i = 1; i <= channels; i++) channelIds.add(FanoutWorld.channelId(Platform.DISCORD, i));
    for (int i = 0; i < 400; i++) channelIds.add(Long.toString(300000000000000000L + i)); // warm-up channels
    server.addGuild(FanoutWorld.WORKSPACE_DISCORD, channelIds.toArray(String[]::new));
  }

  /** "rest-url|gateway-url", what a crash-test worker is given. */
  @Override
  public String url() {
    return server.restUrl() + "|" + server.gatewayUrl();
  }

  /** Logs the real bot in to the fake at {@code url} and returns its publisher once connected. */
  static Publisher connect(String url, List<AutoCloseable> keep) throws Exception {
    String[] parts = url.split("\\|", 2);
    HeraldConfig.Discord config = new HeraldConfig.Discord(parts[0], parts[1], List.of(), 1);
    DiscordBot bot = DiscordBot.prepare(config, new Secrets(Map.of("DISCORD_TOKEN", "bench-token")),
        Clock.systemUTC());
    Database db = Database.inMemory();
    keep.add(bot);
    keep.add(db);
    Stores stores = Stores.sql(db, Clock.systemUTC());
    ChatService chat = IdleChat.over(stores);
    bot.start(chat);
    if (!bot.awaitReady(Duration.ofSeconds(120))) throw new IllegalStateException("JDA did not connect");
    return bot.publisher();
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public int delivered() {
    return server.messagesCreated();
  }

  /** Messages created with a nonce (the delivery key) their channel already had a message for. */
  @Override
  public int duplicates() {
    int n = 0;
    for (String id : channelIds) {
      Set<String> seen = new HashSet<>();
      for (JsonNode m : server.messages(id)) {
        String nonce = m.path("nonce").asText("");
        if (!nonce.isEmpty() && !seen.add(nonce)) n++;
      }
    }
    return n;
  }

  @Override
  public long http429() {
    return server.routeRateLimited() + server.globalRateLimited();
  }

  @Override
  public long historyReads() {
    return server.requestsTo("GET", "channels/{id}/messages");
  }

  @Override
  public Map<String, Integer> http429By() {
    Map<String, Integer> by = new java.util.TreeMap<>();
    for (FakeDiscordLimited l : server.rateLimited()) by.merge(l.label(), 1, Integer::sum);
    return by;
  }

  /** 50 requests a second for the bot; 5 per 5 s per channel only binds past 5 messages a channel. */
  @Override
  public double theoreticalSeconds(int channels, int perChannel) {
    double global = (double) channels * perChannel / 50.0;
    double perRoute = Math.max(0, (perChannel - 1) / 5) * 5.0;
    return Math.max(global, perRoute);
  }

  @Override
  public Publisher publisher() throws Exception {
    return connect(url(), clients);
  }

  @Override
  public void close() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception e) {
        // closing a benchmark client: nothing to do
      }
    }
    server.close();
  }
}
