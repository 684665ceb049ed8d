package dev.herald.bench.fanout;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** The figures: the same as one instance's ({@code warm_up} too) plus {@code instances} and {@code per_instance}. */
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
        List<Long> pids = all.pids();
        WarmUpFigures warm = warmUp(world, fake, all, channels,
            cpuReader(pids, pg.pid() > 0 ? CpuTimes.tree(pg.pid()) : List.of()), out);
        long settled = settle(all);
        int baseDelivered = fake.delivered();
        long base429 = fake.http429();
        Map<Integer, Integer> baseSent = world.sentByInstance();
        out.printf("warm-up: %d messages to other channels in %d rounds through %d instances (JIT %s ms in the last), "
            + "%d x 429, %d duplicates%n", warm.messages(), warm.rounds(), instances, warm.lastRound(), base429,
            fake.duplicates());
        int expected = world.enqueuePosts(world.channels(channels), "Daily briefing");
        int perChannel = expected / channels;
        // the server and its backends, listed again: the instances' connection pools are open by now
        List<Long> postgres = pg.pid() > 0 ? CpuTimes.tree(pg.pid()) : List.of();
        FanoutRun run = new FanoutRun(world, fake, channels, expected, baseDelivered, base429,
            cpuReader(pids, postgres));
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
        r.put("warm_up", warm.json());
        r.put("per_instance", all.perInstance(world.sentByInstance(), baseSent));
        out.println(figures.line() + "; per instance " + r.get("per_instance"));
        all.stop();
        return r;
      }
    }
  }

  /**
   * The CPU readings of a run: this process (with the fake) and each instance by thread group, PostgreSQL's {@code
   * postgres} processes together.
   */
  private static java.util.function.Supplier<Map<String, Double>> cpuReader(List<Long> pids, List<Long> postgres) {
    return () -> {
      Map<String, Double> cpu = new java.util.HashMap<>();
      CpuTimes.threads(ProcessHandle.current().pid(), "bench", cpu);
      for (int i = 0; i < pids.size(); i++) CpuTimes.threads(pids.get(i), "instance-" + (i + 1), cpu);
      if (!postgres.isEmpty()) cpu.put("postgres", CpuTimes.processes(postgres));
      return cpu;
    };
  }

  /** What the warm-up did: its rounds, messages, and each process's compile time in the last round. */
  record WarmUpFigures(int rounds, int messages, List<Long> lastRound) {
    Map<String, Object> json() {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("rounds", rounds);
      m.put("messages", messages);
      m.put("jit_ms_last_round", lastRound);
      return m;
    }
  }

  /**
   * Warm-up fan-outs to other channels until every process compiled next to nothing in a round, each the timed
   * fan-out's size ({@link WarmUp}); the CPU readings of the timed run are taken in each round as in the run, so that
   * this process's reading code is warm too.
   */
  private static WarmUpFigures warmUp(FanoutWorld world, FakePlatform fake, Instances all, int timedChannels,
      java.util.function.Supplier<Map<String, Double>> cpu, PrintWriter out) throws Exception {
    Platform p = fake.platform();
    int n = WarmUp.channelsPerRound(p, timedChannels);
    int messages = 0;
    int rounds = 0;
    List<Long> compiled = List.of();
    while (rounds < WarmUp.maxRounds(p)) {
      List<Long> before = compileMillis(all.status());
      List<ChannelKey> channels = world.warmUpChannels(rounds * n, n);
      int base = fake.delivered();
      int expected = world.enqueuePosts(channels, WarmUp.banner(rounds));
      all.tellAll("wake");
      cpu.get();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while ((fake.delivered() - base < expected || world.unsent(channels) > 0) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (System.nanoTime() >= deadline) throw new IllegalStateException("a warm-up fan-out did not finish");
      cpu.get();
      messages += expected;
      rounds++;
      List<Long> after = compileMillis(all.status());
      compiled = new ArrayList<>();
      for (int i = 0; i < after.size(); i++) compiled.add(after.get(i) - before.get(i));
      out.printf("warm-up round %d: %d messages, JIT %s ms by instance%n", rounds, expected, compiled);
      out.flush();
      if (WarmUp.compiledInRound(before, after) < WarmUp.SETTLED_MILLIS) break;
    }
    return new WarmUpFigures(rounds, messages, compiled);
  }

  /**
   * Waits (up to 10 s) until no process compiled anything for half a second; the most compile time any one process
   * was waited for.
   */
  private static long settle(Instances all) throws Exception {
    List<Long> start = compileMillis(all.status());
    List<Long> last = start;
    for (int i = 0; i < 20; i++) {
      Thread.sleep(500);
      List<Long> now = compileMillis(all.status());
      if (now.equals(last)) break;
      last = now;
    }
    return WarmUp.compiledInRound(start, last);
  }

  private static List<Long> compileMillis(List<Instances.Status> status) {
    List<Long> out = new ArrayList<>(status.size());
    for (Instances.Status s : status) out.add(s.compileMillis());
    return out;
  }
}
