package dev.herald.bench;

import dev.herald.bench.memory.ProcessMemory;
import dev.herald.bot.App;
import dev.herald.bot.Platforms;
import dev.herald.bot.cli.CliHome;
import dev.herald.bot.cli.JsonLines;
import dev.herald.config.HeraldConfig;
import dev.herald.config.InstanceFeeds;
import dev.herald.config.Secrets;
import dev.herald.store.DeliveryStores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The process {@code bench memory} measures: Herald as {@code run} starts it (the Slack and Discord adapters against the
 * local fakes, delivery, the schedule, polling), left running for {@code --seconds}, then measured; the last line is
 * one JSON object.
 */
@Command(name = "memory-worker", hidden = true, description = "Internal: one measured Herald of bench memory.")
public final class BenchMemoryWorkerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seconds", required = true)
  int seconds;

  @Override
  public Integer call() throws Exception {
    ProcessMemory.watch();
    PrintWriter out = spec.commandLine().getOut();
    Path home = CliHome.home();
    HeraldConfig config = CliHome.config(home);
    InstanceFeeds feeds = new InstanceFeeds(home, CliHome.feedsFile(home));
    Secrets secrets = Secrets.fromEnvironment();
    App app = App.assemble(config, secrets, Clock.systemUTC(), CliHome.database(config), feeds, CliHome.version());
    try (Platforms platforms = Platforms.start(app, secrets, out)) {
      out.println("running: " + platforms.describe() + "; " + app.tracker.liveStories() + " live stories loaded");
      out.flush();
      Thread.sleep(seconds * 1000L);
      ProcessMemory.Snapshot s = ProcessMemory.measure();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("heap_after_gc_mb", s.heapAfterGcMb());
      r.put("peak_heap_mb", s.peakHeapMb());
      r.put("rss_mb", s.rssMb());
      r.put("peak_rss_mb", s.peakRssMb());
      r.put("threads", s.threads());
      r.put("live_stories", app.tracker.liveStories());
      r.put("unsent", DeliveryStores.sql(app.db, app.clock).outbox().unsentByPlatform().values().stream()
          .mapToInt(Integer::intValue).sum());
      r.put("db_mb", ProcessMemory.databaseMb(config.databaseFile()));
      JsonLines.write(out, r);
      out.flush();
    } finally {
      app.close();
    }
    return 0;
  }
}
