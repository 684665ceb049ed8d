package dev.herald.bot.discord;

import dev.herald.chat.StatusSection;
import dev.herald.delivery.PublishException;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.InfoView;
import dev.herald.status.InstanceStatus;
import dev.herald.status.StatusSource;
import dev.herald.store.ChannelPause;
import dev.herald.store.ChannelPauses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What Herald knows about posting to each Discord channel, for {@code /herald status} and for the publisher's gate:
 * after Herald loses access to a channel, further sends fail fast without calling Discord (repeated 403s count
 * towards Discord's invalid-request limit, which bans the bot's IP) until access is likely restored: the guild's
 * roles or permissions change, Herald rejoins, a manager runs {@code /herald retry} there, or {@link #PROBE_AFTER}
 * has passed (then one send is let through to try).
 *
 * <p>With the channels' pauses in the database ({@link #shared}; several instances may share it), the pause there is
 * the one that counts: the gate also holds a channel another instance paused (this one learns of the store's pauses
 * every {@link #PAUSES_EVERY}), holds a paused channel after guild events until the pause is lifted, and opens when
 * it is lifted, whichever instance answered the {@code /herald retry}: only one answers an interaction. The store is
 * asked about a channel whenever the gate would hold it, which is rare. Thread-safe.
 */
final class DiscordChannelHealth implements StatusSection, StatusSource {
  static final Duration PROBE_AFTER = Duration.ofHours(1);
  /** How long this instance takes the list of channels paused in the store as read. */
  static final Duration PAUSES_EVERY = Duration.ofSeconds(5);

  private final Clock clock;
  private final Supplier<String> connection;
  private final Map<ChannelKey, Problem> problems = new ConcurrentHashMap<>();
  /** The pauses every instance sees; null with one instance and in tests: this instance's own failures only. */
  private volatile ChannelPauses store;
  /** The Discord channels paused in the store when last read, and when that was. */
  private volatile Set<ChannelKey> storePaused = Set.of();
  private volatile Instant storeReadAt = Instant.MIN;

  /** The last failure in a channel and whether it closed the gate. */
  record Problem(PublishException.Kind kind, String detail, Instant at, boolean paused) {}

  /** @param connection a one-line description of the gateway connection ("connected, 1 shard") */
  DiscordChannelHealth(Clock clock, Supplier<String> connection) {
    this.clock = clock;
    this.connection = connection;
  }

  /** Shares the gate with the other instances through the channels' pauses in the database. */
  void shared(ChannelPauses pauses) {
    this.store = pauses;
  }

  /** Empty when a send may go ahead; otherwise the failure that keeps the channel paused. */
  Optional<PublishException> gate(ChannelKey channel) {
    Problem p = problems.get(channel);
    boolean paused = p != null && p.paused();
    ChannelPauses s = store;
    if (s != null && (paused || pausedInStore(s, channel))) {
      Optional<ChannelPause> stored;
      try {
        stored = s.pause(channel);
      } catch (RuntimeException e) {
        stored = Optional.empty();
        if (!paused) return Optional.empty();
      }
      if (stored.isEmpty() && paused) {
        // lifted: a /herald retry answered by any instance (or never paused there: a refused token)
        problems.remove(channel, p);
        return Optional.empty();
      }
      if (stored.isEmpty()) return Optional.empty();
      if (!paused) {
        // another instance lost access here
        return Optional.of(new PublishException(PublishException.Kind.LOST_ACCESS,
            "paused since " + stored.get().pausedAt() + " after: " + stored.get().reason()));
      }
    }
    if (!paused) return Optional.empty();
    if (Duration.between(p.at(), clock.instant()).compareTo(PROBE_AFTER) >= 0) {
      problems.put(channel, new Problem(p.kind(), p.detail(), clock.instant(), true));
      return Optional.empty();
    }
    return Optional.of(new PublishException(PublishException.Kind.LOST_ACCESS,
        "paused since " + p.at() + " after: " + p.detail()));
  }

  /** Whether the channel was paused in the store when last read ({@link #PAUSES_EVERY}). */
  private boolean pausedInStore(ChannelPauses s, ChannelKey channel) {
    Instant now = clock.instant();
    if (now.isBefore(storeReadAt.plus(PAUSES_EVERY))) return storePaused.contains(channel);
    synchronized (this) {
      if (now.isBefore(storeReadAt.plus(PAUSES_EVERY))) return storePaused.contains(channel);
      try {
        storePaused = Set.copyOf(s.paused(Platform.DISCORD));
      } catch (RuntimeException e) {
        // the database is down: this instance's own failures still gate
      }
      storeReadAt = now;
      return storePaused.contains(channel);
    }
  }

  void failed(ChannelKey channel, PublishException e) {
    boolean pause = e.kind() == PublishException.Kind.LOST_ACCESS;
    problems.put(channel, new Problem(e.kind(), e.getMessage(), clock.instant(), pause));
  }

  void succeeded(ChannelKey channel) {
    problems.remove(channel);
  }

  /** Access may be back in one channel (a manager asked to retry there). */
  void resume(ChannelKey channel) {
    problems.computeIfPresent(channel, (k, p) -> null);
  }

  /** Access may be back in a whole guild (roles, permissions or membership changed). */
  void resumeGuild(String guildId) {
    problems.keySet().removeIf(k -> k.workspace().id().equals(guildId));
  }

  /** This instance's posting problems, for the other instances' {@code /herald status}. */
  @Override
  public InstanceStatus status(Instant now) {
    List<InstanceStatus.Problem> out = new ArrayList<>();
    problems.forEach((channel, p) -> out.add(new InstanceStatus.Problem(p.at(), Platform.DISCORD,
        channel.workspace().id(), channel.channelId(), p.paused() ? "posting paused" : "posting failed",
        p.detail())));
    return InstanceStatus.problems(out);
  }

  @Override
  public InfoView.Block report(ChannelKey channel) {
    List<String> lines = new ArrayList<>();
    lines.add("Gateway: " + connection.get());
    Problem p = problems.get(channel);
    if (p == null) {
      lines.add("Posting here: no problems seen.");
    } else if (p.paused()) {
      lines.add("Posting here is paused since " + p.at() + ": " + p.detail() + ".");
      lines.add("Give Herald View Channel, Send Messages, Embed Links and Read Message History in this channel,"
          + " then run /herald retry.");
    } else {
      lines.add("Last posting problem here (" + p.at() + "): " + p.detail() + "; Herald retries by itself.");
    }
    long paused = problems.values().stream().filter(Problem::paused).count();
    if (paused > 0) lines.add("Channels paused for lost access: " + paused + ".");
    return new InfoView.Block("Discord", lines);
  }
}
