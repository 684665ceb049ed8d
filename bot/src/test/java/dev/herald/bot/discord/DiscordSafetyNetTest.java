package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.chat.Actor;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import org.junit.jupiter.api.Test;

/** The pure parts around interactions and delivery: who manages, repeat clicks, failure kinds, the channel gate. */
class DiscordSafetyNetTest {
  static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
  final ChannelKey channel = ChannelKey.of(Platform.DISCORD, "1", "2");

  @Test
  void manageChannelManageServerOrAdministratorMayChangeSettings() {
    assertTrue(DiscordActors.member("u", EnumSet.of(Permission.MANAGE_CHANNEL)).canManage());
    assertTrue(DiscordActors.member("u", EnumSet.of(Permission.MANAGE_SERVER)).canManage());
    assertTrue(DiscordActors.member("u", EnumSet.of(Permission.ADMINISTRATOR)).canManage());
    Actor reader = DiscordActors.member("u", EnumSet.of(Permission.MESSAGE_SEND, Permission.VIEW_CHANNEL));
    assertFalse(reader.canManage());
    assertEquals("members with the Manage Channel permission", reader.managers());
    assertFalse(DiscordActors.directMessage("u").canManage());
    assertEquals(ChannelKey.of(Platform.DISCORD, "dm", "9"), DiscordActors.channel(null, "9"));
  }

  @Test
  void withoutATokenStartUpStopsWithOneLine() {
    var config = new dev.herald.config.HeraldConfig.Discord("https://discord.com/api/v10/", "wss://gateway.discord.gg/",
        java.util.List.of(), 1);
    var e = org.junit.jupiter.api.Assertions.assertThrows(dev.herald.config.ConfigException.class,
        () -> DiscordBot.prepare(config, new dev.herald.config.Secrets(java.util.Map.of()), Clock.systemUTC()));
    assertEquals("DISCORD_TOKEN is not set: put the bot token of your Discord application in the environment",
        e.getMessage());
  }

  @Test
  void theInvitePermissionsAreTheOnesTheReadmeNames() {
    // View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History
    assertEquals(274_877_991_936L, Permission.getRaw(DiscordCommandRegistrar.PERMISSIONS));
  }

  @Test
  void aRepeatClickWithinTheWindowIsOnlyAcknowledged() {
    MutableClock clock = new MutableClock(T);
    DiscordClickGuard guard = new DiscordClickGuard(clock);
    assertFalse(guard.isRepeat("u", "m", "h1:x:1:1"));
    assertTrue(guard.isRepeat("u", "m", "h1:x:1:1"));
    assertFalse(guard.isRepeat("other", "m", "h1:x:1:1"));
    assertFalse(guard.isRepeat("u", "m", "h1:x:1:2"));
    clock.advance(DiscordClickGuard.WINDOW);
    assertFalse(guard.isRepeat("u", "m", "h1:x:1:1"), "after the window a click counts again");
  }

  @Test
  void failuresOutsideAResponseAreClassified() {
    assertEquals(Kind.RATE_LIMITED, DiscordFailures.classify("post", new RateLimitedException("route", 1500)).kind());
    assertEquals(Duration.ofMillis(1500),
        DiscordFailures.classify("post", new RateLimitedException("route", 1500)).retryAfter().orElseThrow());
    assertEquals(Kind.TRANSIENT,
        DiscordFailures.classify("post", new CompletionException(new TimeoutException("slow"))).kind());
    assertEquals(Kind.TRANSIENT,
        DiscordFailures.classify("post", new RuntimeException(new java.io.IOException("reset"))).kind());
    assertEquals(Kind.REJECTED, DiscordFailures.classify("post", new IllegalArgumentException("too long")).kind());
  }

  @Test
  void aLostChannelStaysPausedUntilAccessMayBeBackOrAnHourPassed() {
    MutableClock clock = new MutableClock(T);
    DiscordChannelHealth health = new DiscordChannelHealth(clock, () -> "connected");
    assertTrue(health.gate(channel).isEmpty());
    health.failed(channel, new PublishException(Kind.TRANSIENT, "HTTP 502"));
    assertTrue(health.gate(channel).isEmpty(), "transient failures do not pause");
    health.failed(channel, new PublishException(Kind.LOST_ACCESS, "Missing Access (code 50001)"));
    assertEquals(Kind.LOST_ACCESS, health.gate(channel).orElseThrow().kind());
    health.resumeGuild("1");
    assertTrue(health.gate(channel).isEmpty(), "a permission change in the guild reopens it");
    health.failed(channel, new PublishException(Kind.LOST_ACCESS, "Missing Access (code 50001)"));
    clock.advance(DiscordChannelHealth.PROBE_AFTER);
    assertTrue(health.gate(channel).isEmpty(), "after an hour one send may probe");
    assertTrue(health.gate(channel).isPresent(), "but only one");
  }
}
