package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSettings;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.Publisher;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.FakeStoryFinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Against the real Discord, only with {@code mvn -Plive} and {@code DISCORD_TOKEN}, {@code DISCORD_LIVE_GUILD} and
 * {@code DISCORD_LIVE_CHANNEL} set (a test server and channel the bot was invited to): logs in, registers the
 * commands in the guild, posts the reference story card, finds it again by its key, posts it again with the same key
 * (Discord's enforced nonce must return the same message) and edits it. Never runs in CI.
 */
class DiscordLiveIT {
  @Test
  void postsFindsAndEditsACardOnTheRealDiscord() throws Exception {
    Secrets secrets = Secrets.fromEnvironment();
    Optional<String> guild = secrets.get("DISCORD_LIVE_GUILD");
    Optional<String> channelId = secrets.get("DISCORD_LIVE_CHANNEL");
    assumeTrue(secrets.discordToken().isPresent() && guild.isPresent() && channelId.isPresent(),
        "set DISCORD_TOKEN, DISCORD_LIVE_GUILD and DISCORD_LIVE_CHANNEL to run against Discord");
    HeraldConfig.Discord config = new HeraldConfig.Discord("https://discord.com/api/v10/",
        "wss://gateway.discord.gg/", List.of(guild.get()), 1);
    Clock clock = Clock.systemUTC();
    try (Database db = Database.inMemory(); DiscordBot bot = DiscordBot.prepare(config, secrets, clock)) {
      Stores stores = Stores.sql(db, clock);
      ChatService chat = ChatService.builder().stores(stores)
          .settings(new ChatSettings(ZoneId.of("UTC"), LocalTime.of(8, 0), 5, Duration.ofHours(24)))
          .finder(new FakeStoryFinder(stores)).ranker(new FakeRanker())
          .topics(() -> new TreeSet<>(List.of("asia"))).schedules(new ScheduleListener() {
            @Override
            public void scheduleChanged(Channel c) {}

            @Override
            public Optional<Instant> nextBriefing(Channel c) {
              return Optional.empty();
            }
          }).status(bot.status()).clock(clock).build();
      bot.start(chat);
      assertTrue(bot.awaitReady(Duration.ofSeconds(60)), "did not connect to Discord");
      Publisher publisher = bot.publisher();
      ChannelKey channel = ChannelKey.of(Platform.DISCORD, guild.get(), channelId.get());
      String key = "herald-live-" + Instant.now().toEpochMilli();
      String id = publisher.post(channel, DiscordFixtures.SEED.withBanner("Herald live test"), key);
      assertEquals(id, publisher.post(channel, DiscordFixtures.SEED.withBanner("Herald live test"), key),
          "the enforced nonce returned the first message");
      assertEquals(Optional.of(id), publisher.findPosted(channel, key));
      publisher.edit(channel, id, DiscordFixtures.SEED.withBanner("Herald live test").withChange("edited"));
    }
  }
}
