package dev.herald.bench.fanout;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bench fanout --instances N}: N Herald processes sharing one PostgreSQL database (the embedded server) fan one
 * briefing out to the channels through the real adapter against the fake platform in this process. As with one
 * instance: warm-up fan-outs to other channels first (every process's JIT settles), then the briefing's posts for
 * every channel go into the shared outbox in one transaction, every process is woken, and the clock runs to the last
 * message the fake accepted. What each process sent is counted in the outbox.
 */
public final class MultiInstanceFanout {
  private MultiInstanceFanout() {}

  /** The figures: the same as one instance's plus {@code instances} and {@code per_instance}. */
  public static Map<String, Object> run(PrintWriter out, Platform p, int channels, int stories, int senders,
      int instances, Path dir) throws Exception {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    try (BenchPostgres pg = BenchPostgres.start(dir.resolve("postgres"));
        FakePlatform fake = FakePlatforms.start(p, channels)) {
      String url = pg.createDatabase("herald");
      try (FanoutWorld world = FanoutWorld.open(url, p);
          Instances all = Instances.start(new Instances.Spec(p, url, fake.url(), channels, senders, 30, true, logs),
              instances)) {
        world.addStories(stories);
        int warm = warmUp(world, fake, all, out);
        long settled = settle(all);
        int baseDelivered = fake.delivered();
        long base429 = fake.http429();
        Map<Integer, Integer> baseSent = world.sentByInstance();
        out.printf("warm-up: %d messages to other channels through %d instances, %d x 429, %d duplicates%n", warm,
            instances, base429, fake.duplicates());
        int expected = world.enqueuePosts(world.channels(channels), "Daily briefing");
        int perChannel = expected / channels;
        List<Long> pids = all.pids();
        // the server and its backends, listed once: the instances' connection pools are open by now
        List<Long> postgres = pg.pid() > 0 ? CpuTimes.tree(pg.pid()) : List.of();
        FanoutRun run = new FanoutRun(world, fake, channels, expected, baseDelivered, base429, () -> {
          Map<String, Double> cpu = new java.util.HashMap<>();
          CpuTimes.threads(ProcessHandle.current().pid(), "bench", cpu);
          for (int i = 0; i < pids.size(); i++) CpuTimes.threads(pids.get(i), "instance-" + (i + 1), cpu);
          if (!postgres.isEmpty()) cpu.put("postgres", CpuTimes.processes(postgres));
          return cpu;
        });
        double theoretical = run.theoretical();
        out.printf("fanout: %d messages (%d channels x %d stories) to the fake %s from %d instances on PostgreSQL "
            + "(in the shared outbox; JIT settled %d ms of compiling); theoretical %.2f s%n", expected, channels,
            perChannel, p.key(), instances, settled, theoretical);
        out.flush();

        PgStatements.reset(url);
        run.time(() -> all.tellAll("wake"));
        FanoutRun.Figures figures = run.figures();
        PgStatements.print(url, out, expected);
        Map<String, Object> r = figures.json();
        r.put("instances", instances);
        r.put("per_instance", all.perInstance(world.sentByInstance(), baseSent));
        out.println(figures.line() + "; per instance " + r.get("per_instance"));
        all.stop();
        return r;
      }
    }
  }

  /** Warm-up fan-outs to other channels until every process compiled next to nothing in a round. */
  private static int warmUp(FanoutWorld world, FakePlatform fake, Instances all, PrintWriter out) throws Exception {
    Platform p = fake.platform();
    int messages = 0;
    for (int round = 0; round < WarmUp.maxRounds(p); round++) {
      long before = maxCompile(all.status());
      List<ChannelKey> channels = world.warmUpChannels(round * WarmUp.channelsPerRound(p), WarmUp.channelsPerRound(p));
      int base = fake.delivered();
      int expected = world.enqueuePosts(channels);
      all.tellAll("wake");
      long deadline = System.nanoTime() + 120_000_000_000L;
      while ((fake.delivered() - base < expected || world.unsent(channels) > 0) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (System.nanoTime() >= deadline) throw new IllegalStateException("a warm-up fan-out did not finish");
      messages += expected;
      long compiled = maxCompile(all.status()) - before;
      if (compiled < WarmUp.SETTLED_MILLIS) break;
    }
    return messages;
  }

  /** Waits (up to 10 s) until no process compiled anything for half a second; the compile time waited for. */
  private static long settle(Instances all) throws Exception {
    long start = maxCompile(all.status());
    long last = start;
    for (int i = 0; i < 20; i++) {
      Thread.sleep(500);
      long now = maxCompile(all.status());
      if (now == last) break;
      last = now;
    }
    return last - start;
  }

  private static long maxCompile(List<Instances.Status> status) {
    long max = 0;
    for (Instances.Status s : status) max = Math.max(max, s.compileMillis());
    return max;
  }
}
