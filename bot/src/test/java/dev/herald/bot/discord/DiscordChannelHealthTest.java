package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.delivery.PublishException;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.status.InstanceStatus;
import dev.herald.store.ChannelPause;
import dev.herald.store.ChannelPauses;
import dev.herald.store.OutboxRow;
import dev.herald.testing.MutableClock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lost-access gate shared through the channels' pauses in the database (several instances). */
class DiscordChannelHealthTest {
  static final Instant T = Instant.parse("2026-12-07T07:00:00Z");
  static final ChannelKey CHANNEL = ChannelKey.of(Platform.DISCORD, "2000000000000000001", "3000000000000000001");
  final MutableClock clock = new MutableClock(T);
  final Pauses store = new Pauses();

  /** The database's pauses, as every instance sees them; counts the reads. */
  static final class Pauses implements ChannelPauses {
    final Map<ChannelKey, ChannelPause> paused = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public int pause(ChannelKey channel, String reason, Instant at) {
      paused.putIfAbsent(channel, new ChannelPause(channel, reason, at));
      return 0;
    }

    @Override
    public Optional<ChannelPause> pause(ChannelKey channel) {
      reads.incrementAndGet();
      return Optional.ofNullable(paused.get(channel));
    }

    @Override
    public Set<ChannelKey> paused(Platform platform) {
      reads.incrementAndGet();
      return new HashSet<>(paused.keySet());
    }

    @Override
    public int resume(ChannelKey channel, Instant now) {
      paused.remove(channel);
      return 0;
    }

    @Override
    public List<OutboxRow> parked(ChannelKey channel) {
      return List.of();
    }
  }

  DiscordChannelHealth health() {
    DiscordChannelHealth h = new DiscordChannelHealth(clock, () -> "connected");
    h.shared(store);
    return h;
  }

  static PublishException lost() {
    return new PublishException(PublishException.Kind.LOST_ACCESS, "Missing Access (50001)");
  }

  @Test
  void aPauseLiftedByARetryAnsweredElsewhereOpensTheGate() {
    DiscordChannelHealth h = health();
    h.failed(CHANNEL, lost());
    store.pause(CHANNEL, "Missing Access (50001)", T);
    clock.advance(java.time.Duration.ofMinutes(1));
    assertTrue(h.gate(CHANNEL).isPresent(), "paused here and in the database");
    store.resume(CHANNEL, clock.instant()); // another instance answered /herald retry
    assertEquals(Optional.empty(), h.gate(CHANNEL));
    assertTrue(h.report(CHANNEL).lines().toString().contains("no problems seen"));
  }

  @Test
  void aChannelAnotherInstancePausedIsHeldWithoutAskingDiscord() {
    DiscordChannelHealth h = health();
    assertEquals(Optional.empty(), h.gate(CHANNEL));
    store.pause(CHANNEL, "Missing Access (50001)", T);
    clock.advance(DiscordChannelHealth.PAUSES_EVERY);
    Optional<PublishException> held = h.gate(CHANNEL);
    assertTrue(held.isPresent(), "held: another instance paused it");
    assertEquals(PublishException.Kind.LOST_ACCESS, held.get().kind());
    assertTrue(held.get().getMessage().contains("Missing Access"), held.get().getMessage());
    store.resume(CHANNEL, clock.instant());
    assertEquals(Optional.empty(), h.gate(CHANNEL), "lifted: open at once, whatever the list read last said");
  }

  @Test
  void anOpenChannelCostsOneReadOfTheListEveryFewSecondsAtMost() {
    DiscordChannelHealth h = health();
    for (int i = 0; i < 100; i++) assertEquals(Optional.empty(), h.gate(CHANNEL));
    assertEquals(1, store.reads.get());
    clock.advance(DiscordChannelHealth.PAUSES_EVERY);
    h.gate(CHANNEL);
    assertEquals(2, store.reads.get());
  }

  @Test
  void aRefusedTokenPausesNoChannelInTheDatabaseAndHoldsNone() {
    DiscordChannelHealth h = health();
    h.failed(CHANNEL, new PublishException(PublishException.Kind.LOST_ACCESS, "401 Unauthorized", null, null, true));
    assertEquals(Optional.empty(), h.gate(CHANNEL));
  }

  @Test
  void itsProblemsAreReportedForTheOtherInstances() {
    DiscordChannelHealth h = health();
    h.failed(CHANNEL, lost());
    InstanceStatus s = h.status(clock.instant());
    assertEquals(List.of(new InstanceStatus.Problem(T, Platform.DISCORD, "2000000000000000001",
        "3000000000000000001", "posting paused", "Missing Access (50001)")), s.problems());
  }
}
