package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordInteractions.MEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscordGuild;
import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.testing.FakeStoryFinder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code discord.shards: 2}: two gateway sessions, each guild served, commands and posts on either shard. */
class DiscordShardingTest {
  /** On shard 0 of 2; {@link DiscordHarness#GUILD} is on shard 1. */
  static final String OTHER = "2000000000004194305";
  static DiscordHarness h;

  @BeforeAll
  static void connect() throws Exception {
    h = new DiscordHarness(FakeDiscordLimits.none(), List.of(DiscordHarness.GUILD, OTHER), Duration.ofMillis(1500),
        FakeStoryFinder::new, 2, List.of(OTHER));
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  @Test
  void bothShardsIdentifyAndRegisterTheirGuildsCommands() throws Exception {
    Set<String> shards = h.fake.identifies().stream().map(d -> d.path("shard").toString()).collect(Collectors.toSet());
    assertEquals(Set.of("[0,2]", "[1,2]"), shards);
    for (String guild : List.of(DiscordHarness.GUILD, OTHER)) {
      h.await(r -> r.method().equals("PUT") && r.path().endsWith("/guilds/" + guild + "/commands"));
    }
    assertEquals(2, h.bot.shards().getShardsTotal());
  }

  @Test
  void interactionsAreAnsweredOnEitherShard() throws Exception {
    for (String guildId : List.of(DiscordHarness.GUILD, OTHER)) {
      FakeDiscordGuild guild = new FakeDiscordGuild(guildId, "Guild", "1",
          List.of(guildId.equals(OTHER) ? DiscordHarness.channelOf(OTHER) : DiscordHarness.CHANNEL), List.of());
      DiscordInteractions in = new DiscordInteractions(guild, guild.channelIds().get(0));
      DiscordHarness.Answer a = h.answer(in.herald(MEMBER, "help", dev.herald.bot.fake.FakeDiscordJson.arr()), 1);
      JsonNode embed = a.first().path("embeds").get(0);
      assertEquals("Herald: news briefings with sources", embed.path("title").asText(), guildId);
    }
  }

  @Test
  void thePublisherPostsToChannelsOnEitherShard() throws Exception {
    for (ChannelKey channel : List.of(h.channel,
        ChannelKey.of(Platform.DISCORD, OTHER, DiscordHarness.channelOf(OTHER)))) {
      String id = h.bot.publisher().post(channel, DiscordFixtures.SEED, "shard-" + channel);
      assertEquals(id, h.fake.messages(channel.channelId()).get(0).path("id").asText());
    }
  }
}
