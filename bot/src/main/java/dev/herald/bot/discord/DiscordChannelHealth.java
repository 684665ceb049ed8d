package dev.herald.bot.discord;

import dev.herald.chat.StatusSection;
import dev.herald.delivery.PublishException;
import dev.herald.model.ChannelKey;
import dev.herald.render.InfoView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What Herald knows about posting to each Discord channel, for {@code /herald status} and for the publisher's gate:
 * after Herald loses access to a channel, further sends fail fast without calling Discord (repeated 403s count
 * towards Discord's invalid-request limit, which bans the bot's IP) until access is likely restored: the guild's
 * roles or permissions change, Herald rejoins, a manager runs {@code /herald retry} there, or {@link #PROBE_AFTER}
 * has passed (then one send is let through to try). Thread-safe.
 */
final class DiscordChannelHealth implements StatusSection {
  static final Duration PROBE_AFTER = Duration.ofHours(1);

  private final Clock clock;
  private final Supplier<String> connection;
  private final Map<ChannelKey, Problem> problems = new ConcurrentHashMap<>();

  /** The last failure in a channel and whether it closed the gate. */
  record Problem(PublishException.Kind kind, String detail, Instant at, boolean paused) {}

  /** @param connection a one-line description of the gateway connection ("connected, 1 shard") */
  DiscordChannelHealth(Clock clock, Supplier<String> connection) {
    this.clock = clock;
    this.connection = connection;
  }

  /** Empty when a send may go ahead; otherwise the failure that keeps the channel paused. */
  Optional<PublishException> gate(ChannelKey channel) {
    Problem p = problems.get(channel);
    if (p == null || !p.paused()) return Optional.empty();
    if (Duration.between(p.at(), clock.instant()).compareTo(PROBE_AFTER) >= 0) {
      problems.put(channel, new Problem(p.kind(), p.detail(), clock.instant(), true));
      return Optional.empty();
    }
    return Optional.of(new PublishException(PublishException.Kind.LOST_ACCESS,
        "paused since " + p.at() + " after: " + p.detail()));
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
