package dev.herald.bot.bench;

import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.bot.slack.BotTokens;
import dev.herald.bot.slack.SlackWebApi;
import dev.herald.bot.slack.SlackHealth;
import dev.herald.bot.slack.SlackPublisher;
import dev.herald.delivery.Publisher;
import dev.herald.model.Platform;
import java.time.Clock;

/**
 * The fake Slack with Slack's documented chat.postMessage limit (one message a second per channel, no burst; an
 * over-limit post gets 429 and Retry-After), bodies not kept, and the real {@link SlackPublisher} on the Slack SDK.
 */
final class SlackFake implements FakePlatform {
  static final String TOKEN = "xoxb-bench";
  private final FakeSlackServer server;

  SlackFake() {
    this.server = FakeSlackServer.builder().slackRateLimit().keepBodies(false).threads(8).build();
    server.recording(Boolean.getBoolean("herald.bench.record"));
  }

  static Publisher connect(String url) {
    return new SlackPublisher(SlackWebApi.create(url), BotTokens.single(TOKEN), new SlackHealth(Clock.systemUTC()));
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public String url() {
    return server.apiUrl();
  }

  @Override
  public int delivered() {
    return server.posts() - server.duplicates();
  }

  @Override
  public int duplicates() {
    return server.duplicates();
  }

  @Override
  public long http429() {
    return server.rateLimited();
  }

  /** One message a second per channel, channels in parallel: the last channel's last message after k-1 seconds. */
  @Override
  public double theoreticalSeconds(int channels, int perChannel) {
    return Math.max(perChannel - 1, 0) / 1.0;
  }

  @Override
  public Publisher publisher() {
    return connect(url());
  }

  @Override
  public void close() {
    if (Boolean.getBoolean("herald.bench.record")) {
      java.util.Map<String, java.util.List<dev.herald.bot.fake.FakeSlackServerCall>> by = new java.util.TreeMap<>();
      for (var c : server.calls("chat.postMessage")) by.computeIfAbsent(c.param("channel"), k -> new java.util.ArrayList<>()).add(c);
      by.forEach((ch, calls) -> {
        if (calls.stream().anyMatch(c -> c.status() == 429)) {
          StringBuilder b = new StringBuilder(ch);
          for (var c : calls) b.append(' ').append(c.at().toEpochMilli() % 100000).append(':').append(c.status());
          System.err.println(b);
        }
      });
    }
    server.close();
  }
}
