package dev.herald.bench.memory;

import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.Subscription;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A Herald home for one run of the memory benchmark: {@code config/herald.yaml} pointing at the local fakes and the
 * bench feed server, the {@value SyntheticNews#OUTLETS} bench feeds polled every minute, the shipped topics, and a
 * copy of an archive database with {@code channels} channels added, half Slack and half Discord, across
 * {@value #ZONES_COUNT} time zones. Each channel has a daily briefing at 08:00 local (the measured process moves one in
 * ten to a few minutes after it is up, so they are briefed while it runs); one in ten subscribes to a topic.
 */
public final class MemoryHome {
  static final List<String> ZONES = List.of("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles",
      "America/Denver", "America/Chicago", "America/New_York", "America/Sao_Paulo", "Atlantic/Azores", "UTC",
      "Europe/London", "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Karachi",
      "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Seoul",
      "Australia/Adelaide", "Australia/Sydney", "Pacific/Auckland");
  static final int ZONES_COUNT = 24;
  private static final List<String> TOPICS = List.of("climate", "ai", "tech", "science", "world");

  private MemoryHome() {}

  /** Where the fakes and the feeds are. */
  public record Endpoints(String slackApiUrl, String discordRestUrl, String discordGatewayUrl, int slackHttpPort,
      FeedServer feeds) {}

  /**
   * Writes the home and its database.
   *
   * @param archive the archive database to copy
   * @param topics the topics file to copy (config/topics.yaml)
   * @param now when the subscriptions are made
   */
  public static Path create(Path dir, Path archive, Path topics, int channels, Endpoints at, Instant now)
      throws IOException {
    Files.createDirectories(dir.resolve("config"));
    Files.createDirectories(dir.resolve("data"));
    Files.copy(topics, dir.resolve("config/topics.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Path db = dir.resolve("data/herald.db");
    Files.copy(archive, db, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("config/herald.yaml"), String.join("\n",
        "fetch:",
        "  allow_private_addresses: true   # the bench feed server is on loopback",
        "full_text:",
        "  enabled: false",
        "slack:",
        "  api_url: " + at.slackApiUrl(),
        "  http_port: " + at.slackHttpPort(),
        "discord:",
        "  rest_url: " + at.discordRestUrl(),
        "  gateway_url: " + at.discordGatewayUrl(),
        "delivery:",
        "  poll_tick_seconds: 10",
        ""));
    StringBuilder feeds = new StringBuilder("feeds:\n");
    for (int o = 0; o < SyntheticNews.OUTLETS; o++) {
      feeds.append("  - id: ").append(SyntheticNews.feedId(o)).append("\n    name: ")
          .append(SyntheticNews.outletName(o)).append("\n    url: ").append(at.feeds().url(o))
          .append("\n    interval_minutes: 1\n");
    }
    Files.writeString(dir.resolve("config/feeds.yaml"), feeds.toString());
    try (Database d = Database.open(db)) {
      addChannels(Stores.sql(d, Clock.systemUTC()), channels, now);
    }
    return dir;
  }

  static void addChannels(Stores stores, int channels, Instant now) {
    for (int i = 1; i <= channels; i++) {
      Platform p = i % 2 == 0 ? Platform.DISCORD : Platform.SLACK;
      int n = (i + 1) / 2;
      ChannelKey key = ChannelKey.of(p, FanoutWorld.workspace(p), FanoutWorld.channelId(p, n));
      ZoneId zone = ZoneId.of(ZONES.get(i % ZONES.size()));
      stores.channels().save(new Channel(key, "#bench-" + i, zone, Optional.of(LocalTime.of(8, 0)), List.of()));
      if (i % 10 == 5) stores.channels().subscribe(new Subscription(key, TOPICS.get(i % TOPICS.size()), now));
    }
  }
}
