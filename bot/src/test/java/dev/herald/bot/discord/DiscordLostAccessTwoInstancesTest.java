package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordInteractions.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.bot.fake.FakeDiscord;
import dev.herald.bot.fake.FakeDiscord.Failure;
import dev.herald.bot.fake.FakeDiscordGuild;
import dev.herald.bot.fake.FakeDiscordJson;
import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.chat.ChatService;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.digest.BriefingSelector;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.runtime.ServicePorts;
import dev.herald.store.Database;
import dev.herald.store.DeliveryState;
import dev.herald.store.InteractionClaims;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStore;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.MutableClock;
import dev.herald.testing.StoryFixture;
import dev.herald.testing.TestChats;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord's lost-access gate with two Herald instances: two real JDA clients identified as the same shard of the fake
 * Discord, each with its own delivery (dispatcher, sender, rate governor) on one SQLite file. Herald loses access to
 * the channel: the instance sending it is refused once and pauses it; neither instance asks Discord again until a
 * manager gives access back and runs {@code /herald retry}, whichever instance answers it; then the parked posts go
 * out, once.
 */
class DiscordLostAccessTwoInstancesTest {
  static final String GUILD = DiscordHarness.GUILD;
  static final String CHANNEL = DiscordHarness.CHANNEL;
  @TempDir Path dir;
  /** Real time from NOW: the dispatchers sweep and look at each other as in production. */
  final MutableClock clock = MutableClock.running(DiscordHarness.NOW);
  final ChannelKey channel = ChannelKey.of(Platform.DISCORD, GUILD, CHANNEL);
  final List<AutoCloseable> open = new ArrayList<>();
  final List<StorySummary> stories = new ArrayList<>();
  FakeDiscord fake;
  DiscordInteractions interactions;
  Instance a;
  Instance b;
  /** The instance that claims an interaction only once the other one has: the other answers it. */
  volatile Instance laggard;

  /** One Herald instance: its connection pool, Discord client, chat and delivery on the shared database file. */
  final class Instance implements AutoCloseable {
    final String name;
    final Database db;
    final OutboxStore outbox;
    final DiscordBot bot;
    final DeliveryEngine engine;
    /** The interactions this instance tried to claim, won or lost. */
    final Set<String> tried = ConcurrentHashMap.newKeySet();
    boolean stopped;

    Instance(String name) {
      this.name = name;
      db = Database.open(dir.resolve("herald.db"));
      Stores stores = Stores.sql(db, clock);
      OutboxStores delivery = OutboxStores.sql(db, clock);
      outbox = delivery.outbox();
      engine = DeliveryEngine.builder()
          .stores(stores)
          .deliveryStores(delivery)
          .database(db)
          .briefings(new BriefingSelector(stores, new FakeRanker()))
          .feeds(List::of)
          .settings(DeliverySettings.defaults().withLimits(Platform.DISCORD, DeliverySettings.Limits.NONE))
          .clock(clock)
          .owner(name)
          .build();
      InteractionClaims claims = InteractionClaims.sql(db);
      bot = DiscordBot.prepare(new HeraldConfig.Discord(fake.restUrl(), fake.gatewayUrl(), List.of(GUILD), 1),
          new Secrets(Map.of("DISCORD_TOKEN", "fake-token")), clock);
      bot.pauses(outbox);
      bot.interactions(new InteractionClaims() {
        @Override
        public boolean claim(String interactionId, Instant now) {
          if (laggard == Instance.this) await(() -> other().tried.contains(interactionId), "the other claimed first");
          try {
            return claims.claim(interactionId, now);
          } finally {
            tried.add(interactionId);
          }
        }

        @Override
        public int purge(Instant before) {
          return claims.purge(before);
        }
      });
      ChatService chat = TestChats.builder(stores).schedules(ServicePorts.schedules(engine)).delivery(engine::retry)
          .status(bot.status()).clock(clock).build();
      bot.start(chat);
      engine.addPublisher(bot.publisher());
    }

    Instance other() {
      return this == a ? b : a;
    }

    /** Whether this instance's gate holds the channel paused (its publisher was refused there). */
    boolean gateClosed() {
      return bot.health().report(channel).lines().toString().contains("Posting here is paused");
    }

    void stopDelivery() {
      engine.stop();
      stopped = true;
    }

    @Override
    public void close() {
      if (!stopped) engine.stop();
      bot.close();
      db.close();
    }
  }

  @AfterEach
  void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  @Test
  void aChannelPausedByOneInstanceIsPostedToByNeitherUntilARetryAnsweredByEither() throws Exception {
    fake = FakeDiscord.start(FakeDiscordLimits.none());
    open.add(fake);
    FakeDiscordGuild guild = fake.addGuild(new FakeDiscordGuild(GUILD, "Guild", "1", List.of(CHANNEL), List.of()));
    interactions = new DiscordInteractions(guild, CHANNEL);
    a = new Instance("instance-a");
    open.add(a);
    b = new Instance("instance-b");
    open.add(b);
    assertTrue(a.bot.awaitReady(DiscordHarness.CONNECT) && b.bot.awaitReady(DiscordHarness.CONNECT), "connected");
    Stores setup = Stores.sql(a.db, clock);
    setup.channels().save(Channel.of(channel, ZoneOffset.UTC));
    for (int i = 1; i <= 5; i++) {
      stories.add(StoryFixture.add(setup, "Story " + i, List.of("Harbor Times", "Techline"), List.of("What happened"),
          DiscordHarness.NOW.minusSeconds(3600)));
    }
    a.engine.start();
    b.engine.start();

    // Herald loses access to the channel: the instance sending it is refused once and pauses it
    fake.fail(CHANNEL, Failure.missingAccess());
    OutboxEntry first = alert(0);
    enqueue(a, first);
    await(() -> a.outbox.pause(channel).isPresent(), "the channel is paused");
    assertEquals(1, posts().size(), "one post was refused: " + answers());
    assertEquals(403, posts().get(0).status());
    Instance sender = a.gateClosed() ? a : b;
    Instance otherOne = sender.other();
    assertTrue(sender.gateClosed() && !otherOne.gateClosed(), "the sending instance's gate closed, the other's not");

    // a post enqueued as the pause was written (a planner on the other instance had just checked) is parked without
    // asking Discord
    OutboxEntry racing = alert(1);
    enqueue(otherOne, racing);
    await(() -> state(racing) == DeliveryState.PARKED, "the racing post is parked");
    assertEquals(1, posts().size(), "no request to the paused channel: " + answers());

    // access is given back and a manager runs /herald retry, which the instance not sending the channel answers
    fake.heal(CHANNEL);
    laggard = sender;
    assertEquals(2, fake.dispatchToEverySession("INTERACTION_CREATE",
        interactions.herald(MANAGER, "retry", FakeDiscordJson.arr())));
    await(() -> state(first) == DeliveryState.SENT && state(racing) == DeliveryState.SENT,
        "both parked posts are sent after the retry");
    assertEquals(3, posts().size(), "each parked post was posted once: " + answers());
    assertEquals(2, fake.messages(CHANNEL).size());

    // access is lost again and the sending instance stops (a rolling restart): the other one takes the channel, and
    // a post racing the pause is parked there too without asking Discord
    fake.fail(CHANNEL, Failure.missingAccess());
    OutboxEntry again = alert(2);
    enqueue(a, again);
    await(() -> a.outbox.pause(channel).isPresent(), "paused again");
    assertEquals(4, posts().size(), "refused once more: " + answers());
    Instance pausedIt = a.gateClosed() ? a : b;
    Instance takesOver = pausedIt.other();
    pausedIt.stopDelivery();
    OutboxEntry late = alert(3);
    enqueue(takesOver, late);
    await(() -> state(late) == DeliveryState.PARKED, "the late post is parked by the instance that took the channel");
    assertEquals(4, posts().size(), "no request to the channel the other instance paused: " + answers());
  }

  OutboxEntry alert(int story) {
    StorySummary s = stories.get(story);
    return OutboxEntry.post(channel, DeliveryKind.ALERT, s.storyId(), s.storyVersion(), Optional.of("New on ai"),
        clock.instant());
  }

  void enqueue(Instance by, OutboxEntry e) {
    by.outbox.enqueue(List.of(e));
    a.engine.wake();
    b.engine.wake();
  }

  DeliveryState state(OutboxEntry e) {
    return a.outbox.find(e.key()).orElseThrow().state();
  }

  /** What the fake Discord answered each post to the channel, in order. */
  List<Integer> answers() {
    return posts().stream().map(FakeDiscordRequest::status).toList();
  }

  /** The posts to the channel that reached the fake Discord, with its answers. */
  List<FakeDiscordRequest> posts() {
    return fake.requests(r -> r.isChannelPost() && r.path().equals("channels/" + CHANNEL + "/messages"));
  }

  static void await(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + DiscordHarness.WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out waiting: " + what);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
