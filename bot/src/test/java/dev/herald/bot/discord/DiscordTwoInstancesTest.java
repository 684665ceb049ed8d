package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordInteractions.MANAGER;
import static dev.herald.bot.discord.DiscordInteractions.MEMBER;
import static dev.herald.bot.discord.DiscordInteractions.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscord;
import dev.herald.bot.fake.FakeDiscordGuild;
import dev.herald.bot.fake.FakeDiscordJson;
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
import dev.herald.store.InteractionClaims;
import dev.herald.store.Stores;
import dev.herald.testing.TestChats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Herald instances run the Discord gateway: two real JDA clients identify as the same shard of the fake Discord,
 * on one SQLite file, and the fake gives each interaction to both sessions, as Discord does. One instance answers it,
 * once; the other does nothing.
 */
class DiscordTwoInstancesTest {
  static final String GUILD = DiscordHarness.GUILD;
  static final String CHANNEL = DiscordHarness.CHANNEL;
  @TempDir Path dir;
  final Clock clock = Clock.fixed(DiscordHarness.NOW, ZoneOffset.UTC);
  final List<AutoCloseable> open = new ArrayList<>();
  /** Claims tried by both instances, won or lost. */
  final AtomicInteger claimsTried = new AtomicInteger();
  /** The schedule changes both instances' chat services made. */
  final AtomicInteger scheduleChanges = new AtomicInteger();
  /** Set when the instances' claims should find the database unreachable. */
  volatile boolean databaseDown;
  FakeDiscord fake;
  DiscordInteractions interactions;

  @AfterEach
  void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  @Test
  void anInteractionGivenToBothInstancesIsAnsweredOnceAndRunOnce() throws Exception {
    startFake();
    Path file = dir.resolve("herald.db");
    DiscordBot a = instance(file);
    DiscordBot b = instance(file);
    assertTrue(a.awaitReady(DiscordHarness.CONNECT) && b.awaitReady(DiscordHarness.CONNECT), "both connected");
    assertEquals(2, fake.sessionsOf(0), "both instances hold a session of shard 0");

    JsonNode schedule = interactions.herald(MANAGER, "schedule", option("time", "07:30"));
    assertEquals(2, fake.dispatchToEverySession("INTERACTION_CREATE", schedule));
    assertEquals(1, callbacksAfterBothClaimed(schedule, 2), "exactly one initial response");
    assertEquals(1, scheduleChanges.get(), "the schedule was changed by one instance");
    Channel saved = Stores.sql(db(file), clock).channels().find(ChannelKey.of(Platform.DISCORD, GUILD, CHANNEL))
        .orElseThrow();
    assertEquals(Optional.of(LocalTime.of(7, 30)), saved.briefingAt());

    JsonNode complete = interactions.autocomplete(MEMBER, "herald", "topic", "cl");
    assertEquals(2, fake.dispatchToEverySession("INTERACTION_CREATE", complete));
    assertEquals(1, callbacksAfterBothClaimed(complete, 4), "autocomplete answered once");
    assertEquals(0, fake.requests(r -> r.isCallback() && r.status() == 400).size(), "no 40060 refusals");
  }

  @Test
  void anInstanceThatCannotClaimAnswersAnyway() throws Exception {
    startFake();
    DiscordBot a = instance(dir.resolve("herald.db"));
    assertTrue(a.awaitReady(DiscordHarness.CONNECT), "connected");
    databaseDown = true;
    for (int i = 1; i <= 2; i++) {
      JsonNode status = interactions.herald(MEMBER, "status", FakeDiscordJson.arr());
      fake.dispatchToEverySession("INTERACTION_CREATE", status);
      assertEquals(1, callbacksAfterBothClaimed(status, i), "answered without a claim");
    }
  }

  private void startFake() throws Exception {
    fake = FakeDiscord.start(FakeDiscordLimits.none());
    open.add(fake);
    FakeDiscordGuild guild = fake.addGuild(new FakeDiscordGuild(GUILD, "Guild", "1", List.of(CHANNEL), List.of()));
    interactions = new DiscordInteractions(guild, CHANNEL);
  }

  /** Waits until both instances tried to claim {@code interaction} and one answered; the number of answers. */
  private long callbacksAfterBothClaimed(JsonNode interaction, int claimsSoFar) throws InterruptedException {
    String prefix = "interactions/" + interaction.path("id").asText() + "/";
    fake.awaitRequest(r -> r.isCallback() && r.path().startsWith(prefix), DiscordHarness.WAIT)
        .orElseThrow(() -> new AssertionError("no answer; got " + fake.requests()));
    long end = System.nanoTime() + DiscordHarness.WAIT.toNanos();
    while (claimsTried.get() < claimsSoFar && System.nanoTime() < end) Thread.sleep(10);
    assertEquals(claimsSoFar, claimsTried.get(), "claims tried");
    Thread.sleep(300); // a loser that answered anyway would have sent its callback by now
    return fake.requests(r -> r.isCallback() && r.path().startsWith(prefix)).size();
  }

  private Database db(Path file) {
    Database db = Database.open(file);
    open.add(db);
    return db;
  }

  private DiscordBot instance(Path file) {
    Database db = db(file);
    Stores stores = Stores.sql(db, clock);
    InteractionClaims claims = InteractionClaims.sql(db);
    DiscordBot bot = DiscordBot.prepare(new HeraldConfig.Discord(fake.restUrl(), fake.gatewayUrl(), List.of(GUILD), 1),
        new Secrets(Map.of("DISCORD_TOKEN", "fake-token")), clock);
    bot.interactions(new InteractionClaims() {
      @Override
      public boolean claim(String interactionId, Instant now) {
        try {
          if (databaseDown) throw new dev.herald.store.StoreException("connection refused");
          return claims.claim(interactionId, now);
        } finally {
          claimsTried.incrementAndGet();
        }
      }

      @Override
      public int purge(Instant before) {
        return claims.purge(before);
      }
    });
    ChatService chat = TestChats.builder(stores)
        .schedules(new ScheduleListener() {
          @Override
          public void scheduleChanged(Channel c) {
            scheduleChanges.incrementAndGet();
          }

          @Override
          public Optional<Instant> nextBriefing(Channel c) {
            return Optional.empty();
          }
        })
        .status(bot.status())
        .clock(clock)
        .build();
    bot.start(chat);
    open.add(bot);
    return bot;
  }
}
