package dev.herald.bench.fanout;

import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.bot.slack.SlackAdapter;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.Publisher;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fake Slack with Slack's documented chat.postMessage limit (one message a second per channel, no burst; an
 * over-limit post gets 429 and Retry-After), bodies not kept, and the publisher of the real {@link SlackAdapter}
 * (built as the composition root builds it, never started: publishing needs no connection).
 */
final class SlackFake implements FakePlatform {
  static final String TOKEN = "xoxb-bench";
  private final FakeSlackServer server;
  private final List<AutoCloseable> clients = new ArrayList<>();

  SlackFake() {
    this.server = FakeSlackServer.builder().slackRateLimit().keepBodies(false).threads(8).build();
    server.recording(Boolean.getBoolean("herald.bench.record"));
  }

  /** The real adapter's publisher for the fake at {@code url}; what it opens is added to {@code keep}. */
  static Publisher connect(String url, List<AutoCloseable> keep) {
    Database db = Database.inMemory();
    keep.add(db);
    SlackAdapter slack = SlackAdapter.builder()
        .config(new HeraldConfig.Slack(url, List.of(), false, 0))
        .secrets(new Secrets(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", "bench-signing-secret")))
        .chat(IdleChat.over(Stores.sql(db, Clock.systemUTC())))
        .clock(Clock.systemUTC())
        .build();
    keep.add(slack);
    return slack.publisher();
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
  public java.util.Map<String, long[]> acceptedNanos() {
    return server.acceptedNanos();
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
    return connect(url(), clients);
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
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception e) {
        // closing a benchmark client: nothing to do
      }
    }
    server.close();
  }
}
