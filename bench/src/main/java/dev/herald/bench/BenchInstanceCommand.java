package dev.herald.bench;

import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.fanout.FanoutWorld;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.model.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One Herald process of the delivery benchmarks: a delivery engine on an existing database (a SQLite file or a shared
 * PostgreSQL database) sending through the real adapter to the fake at {@code --url}. By default it delivers the
 * outbox until nothing is left and exits ({@code bench crash} kills it on the way). With {@code --serve} it runs until
 * told to stop, taking one command a line on stdin: {@code wake} (rows were enqueued elsewhere: look now), {@code
 * status} (answers {@code status <sent> <jit-ms>}: messages this process sent, compile time so far), {@code stop}.
 */
@Command(name = "instance", hidden = true, description = "Internal: one delivering process of bench fanout and crash.")
final class BenchInstanceCommand implements Runnable {
  @Option(names = "--platform", required = true)
  String platform;

  @Option(names = "--db", required = true, description = "a SQLite file or a jdbc:postgresql: URL")
  String db;

  @Option(names = "--url", required = true)
  String url;

  @Option(names = "--channels", required = true)
  int channels;

  @Option(names = "--slot", description = "named instance-<slot>-<pid> in claims (default: worker-<pid>)")
  Integer slot;

  @Option(names = "--senders", defaultValue = "16")
  int senders;

  @Option(names = "--lease", defaultValue = "3", description = "lease seconds: a killed process's rows come back after"
      + " it")
  int lease;

  @Option(names = "--serve", description = "run until stdin says stop, instead of until the outbox is empty")
  boolean serve;

  @Override
  public void run() {
    Platform p = BenchOptions.platform(platform);
    // a benchmark that ends (or is killed) takes its processes with it, whatever they are doing
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
    long pid = ProcessHandle.current().pid();
    String name = slot != null ? "instance-" + slot + "-" + pid : "worker-" + pid;
    try (FanoutWorld world = FanoutWorld.open(db, p)) {
      DeliveryEngine engine = world.engine(null, BenchOptions.settings(p, senders, lease), name);
      // as bot/herald run does: the other instances shrink their share of the platform-wide limits before the login
      engine.joinAndWait(p);
      engine.addPublisher(FakePlatforms.connect(p, url, channels));
      engine.start();
      System.out.println(serve ? "ready" : "sending");
      System.out.flush();
      if (serve) {
        serve(engine, p);
      } else {
        while (world.unsent(channels) > 0) Thread.sleep(50);
      }
      engine.stop();
      System.out.println("done");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("instance failed: " + e, e);
    }
  }

  private static void serve(DeliveryEngine engine, Platform p) throws java.io.IOException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      switch (line.trim()) {
        case "wake" -> engine.wake();
        case "status" -> {
          long compiled = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
          System.out.println("status " + engine.sent(p) + " " + compiled);
          System.out.flush();
        }
        case "stop" -> {
          return;
        }
        default -> System.err.println("unknown command: " + line);
      }
    }
  }
}
