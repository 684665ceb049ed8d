package dev.herald.bench;

import dev.herald.bench.fanout.BenchPostgres;
import dev.herald.bench.fanout.FakePlatform;
import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.bench.fanout.Instances;
import dev.herald.bench.figures.Decimals;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.JsonLines;
import dev.herald.delivery.DeliverySettings;
import dev.herald.model.Platform;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench crash}: a fan-out delivered by worker processes that are killed with SIGKILL at random moments, each
 * replaced by a new one on the same database, while the fake platform (in this process, so it outlives them) counts
 * what arrived. A kill lands after a random number of messages has been accepted in that worker's life, plus a few
 * random milliseconds, so every kill is mid-fan-out. Duplicates and losses are the fake's counts; so are the 429s
 * ({@code http_429_by}: which limit and route, where the fake tells them apart) and, on Discord, the reads of a
 * channel's history ({@code history_reads}: each row a killed process had claimed is looked for before it is posted
 * again).
 */
@Command(name = "crash", mixinStandardHelpOptions = true,
    description = "Kill -9 the delivering process (one instance at a time) at random moments of a fan-out, restart "
        + "it each time, and count duplicates and losses at the fake platform; the last line is one JSON object.")
final class BenchCrashCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin DeliveryBenchOptions options;

  @Option(names = "--channels", defaultValue = "200", description = "channels (default ${DEFAULT-VALUE})")
  int channels;

  @Option(names = "--kills", defaultValue = "20", description = "kill -9 this many times (default ${DEFAULT-VALUE})")
  int kills;

  @Option(names = "--seed", defaultValue = "1", description = "random seed for the kill moments")
  long seed;

  @Override
  public void run() {
    Platform p = options.checked();
    int stories = options.stories;
    int instances = options.instances;
    BenchOptions.range("--channels", channels, 1, 100_000);
    BenchOptions.range("--kills", kills, 0, 1000);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = BenchOptions.tempDir("herald-crash-");
    Random random = new Random(seed);
    BenchPostgres pg = instances > 1 ? BenchPostgres.start(dir.resolve("postgres")) : null;
    boolean clean = false;
    try (FakePlatform fake = FakePlatforms.start(p, channels)) {
      String database = pg != null ? pg.createDatabase("herald") : dir.resolve("herald.db").toString();
      int expected;
      try (FanoutWorld world = FanoutWorld.open(database, p)) {
        world.populate(channels, stories);
        expected = world.enqueueBriefings(world.engine(null, DeliverySettings.defaults(), "bench-setup"), channels);
      }
      if (expected < channels) {
        throw new IllegalStateException("the channels' briefings enqueued " + expected + " messages for " + channels
            + " channels");
      }
      List<Integer> moments = new ArrayList<>();
      for (int i = 0; i < kills; i++) moments.add(1 + random.nextInt(Math.max(1, expected - 1)));
      Collections.sort(moments);
      out.printf("crash: %d messages to %d %s channels from %d instance%s%s, %d kills after %s messages%n", expected,
          channels, p.key(), instances, instances == 1 ? "" : "s", pg != null ? " on PostgreSQL" : "", kills,
          moments);
      out.flush();

      long start = System.nanoTime();
      int killed = 0;
      Map<String, Object> r = new LinkedHashMap<>();
      // a short lease, so that the rows a killed process held come back quickly
      try (Instances all = Instances.start(new Instances.Spec(p, database, fake.url(), channels, 16, 3, false, dir),
          instances)) {
        for (int moment : moments) {
          if (fake.delivered() >= expected) break;
          while (fake.delivered() < moment && anyAlive(all)) Thread.sleep(1);
          Thread.sleep(random.nextInt(20));
          int slot = instances == 1 ? 0 : random.nextInt(instances);
          if (!all.alive(slot)) {
            // it exits when the outbox is empty
            if (fake.delivered() >= expected) break;
            throw new IllegalStateException("instance " + (slot + 1) + " exited early; see " + dir);
          }
          all.kill(slot);
          killed++;
          all.restart(slot);
        }
        if (!all.awaitExit(Duration.ofMinutes(10))) {
          throw new IllegalStateException("the instances did not finish in 10 minutes; see " + dir);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int lost = expected - fake.delivered();
        r.put("platform", p.key());
        r.put("channels", channels);
        r.put("messages", expected);
        r.put("kills", killed);
        r.put("seconds", Decimals.round(seconds, 3));
        r.put("http_429", fake.http429());
        if (!fake.http429By().isEmpty()) r.put("http_429_by", fake.http429By());
        r.put("duplicates", fake.duplicates());
        r.put("lost", lost);
        r.put("found_after_restart", count(dir, "not posting again"));
        if (fake.historyReads() >= 0) r.put("history_reads", fake.historyReads());
        r.put("instances", instances);
        if (instances > 1) {
          try (FanoutWorld world = FanoutWorld.open(database, p)) {
            r.put("per_instance", all.perInstance(world.sentByInstance(), Map.of()));
          }
        }
      }
      int lost = (int) r.get("lost");
      out.printf("%d kills; delivered %d of %d in %.1f s; %d duplicates, %d lost; %d posts a killed process had made"
          + " were found on the platform instead of posted again%s%n", killed, fake.delivered(), expected,
          (double) r.get("seconds"), fake.duplicates(), lost, r.get("found_after_restart"),
          r.containsKey("per_instance") ? "; per instance " + r.get("per_instance") : "");
      JsonLines.write(out, r);
      clean = lost == 0 && fake.duplicates() == 0 && fake.http429() == 0;
    } catch (CliFailure e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted");
    } catch (Exception e) {
      throw new IllegalStateException("crash test failed: " + e, e);
    } finally {
      if (pg != null) pg.close();
      // kept when something was lost, doubled or rate limited: the processes' logs say what happened
      if (clean) BenchOptions.delete(dir);
    }
  }

  private static boolean anyAlive(Instances all) {
    for (int i = 0; i < all.size(); i++) if (all.alive(i)) return true;
    return false;
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
}
