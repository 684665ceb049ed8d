package dev.herald.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscord;
import dev.herald.bot.fake.FakeDiscordGuild;
import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryFinder;
import dev.herald.testing.FakeStoryFinder;
import dev.herald.testing.TestChats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The real JDA client, started through {@link DiscordBot}, against a {@link FakeDiscord} with one guild and channel,
 * answering from a real in-memory store.
 */
final class DiscordHarness implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static final String GUILD = "2000000000000000001";
  static final String CHANNEL = "3000000000000000001";
  /** A channel where @everyone, Herald included, may read but not send. */
  static final String READ_ONLY = "3000000000000000002";
  /** Ceilings for waits on a busy machine; tests normally finish far sooner. */
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Duration CONNECT = Duration.ofSeconds(90);

  final FakeDiscord fake;
  final FakeDiscordGuild guild;
  final Database db = Database.inMemory();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Stores stores = Stores.sql(db, clock);
  final DiscordBot bot;
  final DiscordInteractions interactions;
  final ChannelKey channel = ChannelKey.of(Platform.DISCORD, GUILD, CHANNEL);
  /** What the bot measured (interaction acknowledgements). */
  final dev.herald.testing.RecordingMetrics metrics = new dev.herald.testing.RecordingMetrics();

  DiscordHarness(FakeDiscordLimits limits, List<String> devGuilds, Duration deferAfter,
      java.util.function.Function<Stores, StoryFinder> finder) throws Exception {
    this(limits, devGuilds, deferAfter, finder, 1, List.of());
  }

  /**
   * @param extraGuilds further guilds, each with one channel whose id is {@link #channelOf} the guild's
   */
  DiscordHarness(FakeDiscordLimits limits, List<String> devGuilds, Duration deferAfter,
      java.util.function.Function<Stores, StoryFinder> finder, int shards, List<String> extraGuilds)
      throws Exception {
    fake = FakeDiscord.start(limits);
    guild = fake.addGuild(new FakeDiscordGuild(GUILD, "Guild", "1", List.of(CHANNEL), List.of(READ_ONLY)));
    for (String g : extraGuilds) fake.addGuild(g, channelOf(g));
    interactions = new DiscordInteractions(guild, CHANNEL);
    HeraldConfig.Discord config = new HeraldConfig.Discord(fake.restUrl(), fake.gatewayUrl(), devGuilds, shards);
    bot = DiscordBot.prepare(config, new Secrets(Map.of("DISCORD_TOKEN", "fake-token")), clock);
    bot.deferAfter(deferAfter);
    bot.metrics(metrics);
    // every interaction of every Discord test is claimed in the store first, as in production
    bot.interactions(dev.herald.store.InteractionClaims.sql(db));
    ChatService chat = TestChats.builder(stores)
        .finder(finder.apply(stores))
        .schedules(new ScheduleListener() {
          @Override
          public void scheduleChanged(Channel c) {}

          @Override
          public Optional<Instant> nextBriefing(Channel c) {
            return Optional.of(Instant.parse("2026-11-28T08:00:00Z"));
          }
        })
        .status(bot.status())
        .clock(clock)
        .build();
    bot.start(chat);
    if (!bot.awaitReady(CONNECT)) throw new IllegalStateException("JDA did not connect to the fake Discord");
  }

  /** The one channel of an extra guild. */
  static String channelOf(String guildId) {
    return "3" + guildId.substring(1);
  }

  static DiscordHarness start() throws Exception {
    return new DiscordHarness(FakeDiscordLimits.none(), List.of(GUILD), Duration.ofMillis(1500), FakeStoryFinder::new);
  }

  /** Sends an interaction and waits for its initial response. */
  FakeDiscordRequest interact(JsonNode interaction) throws InterruptedException {
    fake.dispatch("INTERACTION_CREATE", interaction);
    String prefix = "interactions/" + interaction.path("id").asText() + "/";
    return await(r -> r.isCallback() && r.path().startsWith(prefix));
  }

  /**
   * Sends an interaction and collects its answer, whichever way the bot acknowledged it: an immediate reply (callback
   * type 4) or a deferral (type 5) followed by an edit of the original response; then {@code messages - 1}
   * follow-ups.
   */
  Answer answer(JsonNode interaction, int messages) throws InterruptedException {
    FakeDiscordRequest callback = interact(interaction);
    String token = interaction.path("token").asText();
    String webhook = "webhooks/" + FakeDiscord.APPLICATION_ID + "/" + token;
    List<JsonNode> bodies = new java.util.ArrayList<>();
    int type = callback.body().path("type").asInt();
    if (type == 4) {
      bodies.add(callback.body().path("data"));
    } else if (type == 5) {
      bodies.add(await(r -> r.method().equals("PATCH") && r.path().equals(webhook + "/messages/@original")).body());
    } else {
      throw new AssertionError("not an answer: " + callback);
    }
    for (int i = 1; i < messages; i++) {
      int n = i;
      List<FakeDiscordRequest> followups = java.util.List.of();
      long end = System.nanoTime() + WAIT.toNanos();
      while (followups.size() < n && System.nanoTime() < end) {
        followups = fake.requests(r -> r.method().equals("POST") && r.path().equals(webhook));
        Thread.sleep(10);
      }
      if (followups.size() < n) throw new AssertionError("follow-up " + n + " missing; got " + fake.requests());
      bodies.add(followups.get(n - 1).body());
    }
    return new Answer(callback, bodies);
  }

  /** An interaction's initial response and the message bodies that answered it. */
  record Answer(FakeDiscordRequest callback, List<JsonNode> messages) {
    JsonNode first() {
      return messages.get(0);
    }

    /** The first embed's description. */
    String text() {
      return first().path("embeds").get(0).path("description").asText();
    }
  }

  /** Waits until {@code n} acknowledgements were measured (JDA reports one after Discord's answer to it). */
  void awaitAcks(int n) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (metrics.count("ack discord") < n && System.nanoTime() < end) Thread.sleep(10);
    if (metrics.count("ack discord") < n) throw new AssertionError("acknowledgements measured: " + metrics);
  }

  FakeDiscordRequest await(Predicate<FakeDiscordRequest> test) throws InterruptedException {
    return fake.awaitRequest(test, WAIT).orElseThrow(() -> new AssertionError("no such request; got "
        + fake.requests()));
  }

  @Override
  public void close() {
    bot.close();
    fake.close();
    db.close();
  }
}
