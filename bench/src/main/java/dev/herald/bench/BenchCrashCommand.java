package dev.herald.bench;

import dev.herald.bench.fanout.FakePlatform;
import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.JsonLines;
import dev.herald.delivery.DeliverySettings;
import dev.herald.model.Platform;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench crash}: a fan-out delivered by worker processes that are killed with SIGKILL at random moments, each
 * replaced by a new one on the same database, while the fake platform (in this process, so it outlives them) counts
 * what arrived. A kill lands after a random number of messages has been accepted in that worker's life, plus a few
 * random milliseconds, so every kill is mid-fan-out. Duplicates and losses are the fake's counts.
 */
@Command(name = "crash", mixinStandardHelpOptions = true,
    description = "Kill -9 the delivering process at random moments of a fan-out, restart it each time, and count "
        + "duplicates and losses at the fake platform; the last line is one JSON object.")
public final class BenchCrashCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--platform", required = true, description = "slack or discord")
  String platform;

  @Option(names = "--channels", defaultValue = "200", description = "channels (default ${DEFAULT-VALUE})")
  int channels;

  @Option(names = "--stories", defaultValue = "5", description = "stories per briefing (default ${DEFAULT-VALUE})")
  int stories;

  @Option(names = "--kills", defaultValue = "20", description = "kill -9 this many times (default ${DEFAULT-VALUE})")
  int kills;

  @Option(names = "--seed", defaultValue = "1", description = "random seed for the kill moments")
  long seed;

  @Override
  public void run() {
    Platform p = BenchOptions.platform(platform);
    BenchOptions.range("--channels", channels, 1, 100_000);
    BenchOptions.range("--stories", stories, 1, 20);
    BenchOptions.range("--kills", kills, 0, 1000);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = BenchOptions.tempDir("herald-crash-");
    Path db = dir.resolve("herald.db");
    Random random = new Random(seed);
    try (FakePlatform fake = FakePlatforms.start(p, channels)) {
      int expected;
      try (FanoutWorld world = new FanoutWorld(db, p)) {
        world.populate(channels, stories);
        expected = world.enqueueBriefings(world.engine(null, DeliverySettings.defaults(), "bench-setup"), channels);
      }
      List<Integer> moments = new ArrayList<>();
      for (int i = 0; i < kills; i++) moments.add(1 + random.nextInt(Math.max(1, expected - 1)));
      Collections.sort(moments);
      out.printf("crash: %d messages to %d %s channels, %d kills after %s messages%n", expected, channels, p.key(),
          kills, moments);
      out.flush();

      long start = System.nanoTime();
      int killed = 0;
      for (int moment : moments) {
        if (fake.delivered() >= expected) break;
        Process worker = spawn(p, db, fake.url(), dir.resolve("worker-" + killed + ".log").toFile());
        while (fake.delivered() < moment && worker.isAlive()) Thread.sleep(1);
        Thread.sleep(random.nextInt(20));
        if (!worker.isAlive()) throw new IllegalStateException("worker exited early; see " + dir);
        worker.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
        worker.waitFor();
        killed++;
      }
      Process last = spawn(p, db, fake.url(), dir.resolve("worker-last.log").toFile());
      if (!last.waitFor(10, TimeUnit.MINUTES)) {
        last.destroyForcibly();
        throw new IllegalStateException("the last worker did not finish in 10 minutes; see " + dir);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int lost = expected - fake.delivered();
      int found = count(dir, "not posting again");
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("platform", p.key());
      r.put("channels", channels);
      r.put("messages", expected);
      r.put("kills", killed);
      r.put("seconds", BenchFanoutCommand.round(seconds));
      r.put("http_429", fake.http429());
      r.put("duplicates", fake.duplicates());
      r.put("lost", lost);
      r.put("found_after_restart", found);
      out.printf("%d kills; delivered %d of %d in %.1f s; %d duplicates, %d lost; %d posts a killed worker had made"
          + " were found on the platform instead of posted again%n", killed, fake.delivered(), expected, seconds,
          fake.duplicates(), lost, found);
      JsonLines.write(out, r);
      if (lost == 0 && fake.duplicates() == 0) BenchOptions.delete(dir);
    } catch (CliFailure e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted");
    } catch (Exception e) {
      throw new IllegalStateException("crash test failed: " + e, e);
    }
  }

  /** Lines containing {@code text} in the workers' logs. */
  private static int count(Path dir, String text) throws IOException {
    int n = 0;
    try (java.util.stream.Stream<Path> logs = java.nio.file.Files.list(dir)) {
      for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(log)) if (line.contains(text)) n++;
      }
    }
    return n;
  }

  private Process spawn(Platform p, Path db, String url, File log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), BenchMain.class.getName(), "bench",
        "crash-worker", "--platform", p.key(), "--db", db.toString(), "--url", url,
        "--channels", Integer.toString(channels));
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log);
    b.environment().put("HERALD_LOG_LEVEL", "INFO"); // the workers' logs say what recovery found
    return b.start();
  }
}
