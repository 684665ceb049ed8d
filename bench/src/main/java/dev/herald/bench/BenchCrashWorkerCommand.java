package dev.herald.bench;

import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.model.Platform;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The process {@code bench crash} kills: delivers the outbox of an existing database until nothing is left. */
@Command(name = "crash-worker", hidden = true, description = "Internal: one delivering process of bench crash.")
public final class BenchCrashWorkerCommand implements Runnable {
  @Option(names = "--platform", required = true)
  String platform;

  @Option(names = "--db", required = true)
  Path db;

  @Option(names = "--url", required = true)
  String url;

  @Option(names = "--channels", required = true)
  int channels;

  @Override
  public void run() {
    Platform p = BenchOptions.platform(platform);
    try (FanoutWorld world = new FanoutWorld(db, p)) {
      // a short lease, so that the rows a killed worker held come back quickly
      DeliveryEngine engine = world.engine(FakePlatforms.connect(p, url, channels), BenchOptions.settings(p, 16, 3),
          "worker-" + ProcessHandle.current().pid());
      engine.start();
      System.out.println("sending");
      while (world.unsent(channels) > 0) Thread.sleep(50);
      engine.stop();
      System.out.println("done");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("worker failed: " + e, e);
    }
  }
}
