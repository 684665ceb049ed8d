package dev.herald.bench;

import dev.herald.bench.fanout.AckBench;
import dev.herald.bench.fanout.AckTargets;
import dev.herald.bench.figures.Decimals;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.CliHome;
import dev.herald.bot.cli.JsonLines;
import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.model.FeedSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench ack}: how fast Slack HTTP mode acknowledges signed {@code /sources}, beside a bare Bolt app answering
 * the same requests in the same run, and again while slow clients attack each. The last line is one JSON object.
 */
@Command(name = "ack", mixinStandardHelpOptions = true,
    description = {"Signed /sources acknowledgements at a fixed rate: Herald's Slack HTTP mode beside a bare Bolt app "
        + "(JDK HTTP server) in the same run, then both with slow clients connected (half dripping headers, half a "
        + "body, one byte every --drip-ms). Latency counts from each request's scheduled send time. The last line is "
        + "one JSON object; herald_slow_within_target says whether Herald's p99 under attack was at most 100 ms."})
final class BenchAckCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--rate", defaultValue = "200", description = "requests a second (default ${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--seconds", defaultValue = "10", description = "length of each phase (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--slow", defaultValue = "50", description = "slow clients in the attack phases (default ${DEFAULT-VALUE})")
  int slow;

  @Option(names = "--drip-ms", defaultValue = "5000",
      description = "a slow client sends one byte this often (default ${DEFAULT-VALUE})")
  int dripMillis;

  @Override
  public void run() {
    BenchOptions.range("--rate", rate, 1, 5_000);
    BenchOptions.range("--seconds", seconds, 1, 600);
    BenchOptions.range("--slow", slow, 0, 900);
    BenchOptions.range("--drip-ms", dripMillis, 10, 60_000);
    PrintWriter out = spec.commandLine().getOut();
    Path home = CliHome.home();
    HeraldConfig config = CliHome.config(home);
    List<FeedSource> samples = FeedsConfig.load(home, home.resolve("config/samples/feeds.yaml"));
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    out.printf("load average (1 min) at start: %.2f on %d cores%n", load, Runtime.getRuntime().availableProcessors());
    try (AckTargets targets = new AckTargets(config, samples, CliHome.version())) {
      Map<String, Object> r = AckBench.run(targets, rate, seconds, slow, dripMillis, out);
      r.put("load_average_start", Decimals.round(load, 2));
      r.put("load_average_end",
          Decimals.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
      JsonLines.write(out, r);
    } catch (CliFailure e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted");
    } catch (Exception e) {
      throw new IllegalStateException("bench ack failed: " + e, e);
    }
  }
}
