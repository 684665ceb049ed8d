package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.testing.FakeStoryFinder;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client losing its gateway connection to the fake Discord (a dropped connection it resumes, a session
 * Discord forgot, an outage of the gateway) and a second READY of a shard (a new login): the REST requests made
 * after each (none on a reconnect; never the commands again), and delivery held while the shard is down. Every request counts against Discord's global limit, which another instance may be using at its share.
 */
class DiscordReconnectTest {
  static DiscordHarness h;

  @BeforeAll
  static void connect() throws Exception {
    // no development guilds: the global registration, as in production
    h = new DiscordHarness(FakeDiscordLimits.none(), List.of(), Duration.ofMillis(1500), FakeStoryFinder::new);
    await("ready at start", () -> h.bot.publisher().ready());
    assertEquals(1, commandPuts(h.fake.requests()).size(), "registered once at start: " + h.fake.requests());
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  @Test
  void aDroppedConnectionIsResumedWithoutRestRequests() throws Exception {
    assertEquals(List.of(), reconnectAfter(() -> h.fake.resumes().size(), () -> h.fake.dropGateway(4000)));
  }

  @Test
  void aNewSessionAfterDiscordForgotTheOldOneMakesNoRestRequests() throws Exception {
    assertEquals(List.of(), reconnectAfter(() -> h.fake.identifies().size(), h.fake::invalidateSessions));
  }

  @Test
  void aGatewayOutageHoldsDeliveryAndMakesNoRestRequests() throws Exception {
    assertEquals(List.of(), reconnectAfter(() -> h.fake.identifies().size(), () -> {
      long refused = h.fake.gatewayRefusals();
      h.fake.refuseGateway(true);
      try {
        h.fake.invalidateSessions();
        await("a reconnect refused", () -> h.fake.gatewayRefusals() > refused);
        assertFalse(h.bot.publisher().ready(), "delivery holds while the shard is down");
      } finally {
        h.fake.refuseGateway(false);
      }
    }));
  }

  /**
   * A new login of a shard (a new JDA session, as {@code ShardManager.restart} makes) delivers a second READY to the
   * same listener: it must not register the commands again. The READY is handed to the shard's event manager, which
   * calls the listeners on this thread, so any registration it starts is pending before {@code handle} returns and
   * answered before delivery is ready again. ({@code ShardManager.restart} itself is not used: in JDA 6.5 it can
   * silently do nothing when the start-up worker finished before its future was stored; a thread dump of a 90 s hang
   * showed the DefaultShardManager thread idle and no login request. Herald never restarts shards.)
   */
  @Test
  void aSecondReadyOfAShardDoesNotRegisterTheCommandsAgain() throws Exception {
    JDA shard = h.bot.shards().getShardById(0);
    int before = h.fake.requests().size();
    shard.getEventManager().handle(new ReadyEvent(shard));
    await("ready again", () -> h.bot.publisher().ready());
    List<FakeDiscordRequest> all = h.fake.requests();
    assertEquals(List.of(), all.subList(before, all.size()), "no request: the commands are registered once per process");
    assertEquals(1, commandPuts(all).size());
  }

  /** Something that cuts the gateway connection. */
  private interface Disruption {
    void run() throws Exception;
  }

  /**
   * Runs {@code disruption}, waits until the shard has a session again ({@code sessions}, the fake's count of
   * RESUMEs or IDENTIFYs, grew) and delivery is up again, and returns the REST requests made since.
   */
  private static List<FakeDiscordRequest> reconnectAfter(IntSupplier sessions, Disruption disruption)
      throws Exception {
    int before = h.fake.requests().size();
    int was = sessions.getAsInt();
    disruption.run();
    await("connected again", () -> sessions.getAsInt() > was && connected());
    await("ready again", () -> h.bot.publisher().ready());
    List<FakeDiscordRequest> all = h.fake.requests();
    return all.subList(before, all.size());
  }

  private static List<FakeDiscordRequest> commandPuts(List<FakeDiscordRequest> requests) {
    return requests.stream().filter(r -> r.method().equals("PUT") && r.path().endsWith("/commands")).toList();
  }

  private static boolean connected() {
    List<JDA> shards = h.bot.shards().getShards();
    return !shards.isEmpty() && shards.stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + DiscordHarness.CONNECT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("not " + what + "; requests " + h.fake.requests());
      Thread.sleep(20);
    }
  }
}
