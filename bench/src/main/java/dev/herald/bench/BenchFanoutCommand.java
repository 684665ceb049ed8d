package dev.herald.bench;

import dev.herald.bench.fanout.CpuTimes;
import dev.herald.bench.fanout.FakePlatform;
import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.fanout.FanoutRun;
import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.bench.fanout.MultiInstanceFanout;
import dev.herald.bench.fanout.WarmUp;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.JsonLines;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.model.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench fanout}: one briefing to N channels through the real adapter against the platform's local fake, which
 * answers over-limit requests with 429. Times a running Herald from the moment one briefing's posts for every channel
 * are in its outbox (one transaction, as the daily briefings of many channels due at the same minute) to the last
 * message the fake accepted; the engine's start-up is behind it, as in a Herald that has been running. One instance
 * runs in this process on a temporary SQLite file; {@code --instances N} runs N Herald processes on one embedded
 * PostgreSQL database ({@link MultiInstanceFanout}).
 */
@Command(name = "fanout", mixinStandardHelpOptions = true,
    description = "Deliver one briefing to N channels through the real Slack or Discord adapter against its local "
        + "fake server (which enforces the platform's documented limits with 429s); the last line is one JSON object.")
final class BenchFanoutCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin DeliveryBenchOptions options;

  @Option(names = "--channels", defaultValue = "2000", description = "channels to deliver to (default ${DEFAULT-VALUE})")
  int channels;

  @Option(names = "--senders", defaultValue = "16",
      description = "concurrent sends per instance (default ${DEFAULT-VALUE})")
  int senders;

  @Override
  public void run() {
    Platform p = options.checked();
    int stories = options.stories;
    int instances = options.instances;
    BenchOptions.range("--channels", channels, 1, 100_000);
    BenchOptions.range("--senders", senders, 1, 256);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = BenchOptions.tempDir("herald-fanout-");
    if (instances > 1) {
      try {
        JsonLines.write(out, MultiInstanceFanout.run(out, p, channels, stories, senders, instances, dir));
      } catch (Exception e) {
        throw new IllegalStateException("fan-out failed: " + e, e);
      } finally {
        BenchOptions.delete(dir);
      }
      return;
    }
    try (FakePlatform fake = FakePlatforms.start(p, channels);
        FanoutWorld world = new FanoutWorld(dir.resolve("herald.db"), p)) {
      world.addStories(stories);
      DeliverySettings settings = BenchOptions.settings(p, senders, 30);
      java.util.function.Supplier<Map<String, Double>> cpu = () -> {
        Map<String, Double> m = new java.util.HashMap<>();
        CpuTimes.threads(ProcessHandle.current().pid(), "bench", m);
        return m;
      };
      DeliveryEngine engine = world.engine(fake.publisher(), settings, "bench");
      engine.start();
      FanoutRun run;
      WarmUp.Result warm;
      try {
        // not timed: a warm JVM, and the engine, schedule and threads of a Herald that has been running
        warm = WarmUp.run(world, fake, engine, channels, cpu::get);
        int baseDelivered = fake.delivered();
        long base429 = fake.http429();
        out.printf("warm-up: %d messages to other channels in %d rounds (JIT %d ms in the last), %d x 429, "
            + "%d duplicates%n", warm.messages(), warm.rounds(), warm.compileMillisLastRound(), base429,
            fake.duplicates());
        long settled = WarmUp.settle(java.time.Duration.ofSeconds(10));
        int expected = world.enqueuePosts(world.channels(channels), "Daily briefing");
        int perChannel = expected / channels;
        run = new FanoutRun(world, fake, channels, expected, baseDelivered, base429, cpu);
        double theoretical = run.theoretical();
        out.printf("fanout: %d messages (%d channels x %d stories) to the fake %s (in the outbox of a running engine;"
            + " JIT settled %d ms of compiling); theoretical %.2f s%n", expected, channels, perChannel, p.key(),
            settled, theoretical);
        out.flush();
        run.time(engine::wake);
      } finally {
        engine.stop();
      }
      FanoutRun.Figures figures = run.figures();
      Map<String, Object> r = figures.json();
      r.put("instances", 1);
      r.put("warm_up", warm.json());
      out.println(figures.line());
      JsonLines.write(out, r);
    } catch (CliFailure e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted");
    } catch (Exception e) {
      throw new IllegalStateException("fan-out failed: " + e, e);
    } finally {
      BenchOptions.delete(dir);
    }
  }
}
