package dev.herald.bench.fanout;

import dev.herald.model.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Herald processes ({@code bench instance}) delivering one database's outbox, each in a numbered slot: a benchmark
 * kills a slot's process and starts a new one in it, and talks to serving processes through their stdin and stdout.
 * A process is named {@code instance-<slot>-<pid>} in claims, so that what each slot sent can be counted in the
 * outbox. Processes get this JVM's options; their logs go to files in {@code logs}.
 */
public final class Instances implements AutoCloseable {
  /**
   * What the processes run.
   *
   * @param serve run until told to stop (fan-out) rather than until the outbox is empty (crash)
   */
  public record Spec(Platform platform, String database, String fakeUrl, int channels, int senders, int leaseSeconds,
      boolean serve, Path logs) {}

  /** A process's answer to {@code status}. */
  public record Status(int sent, long compileMillis) {}

  private static final class Running {
    final Process process;
    final BufferedReader out;
    final PrintWriter in;

    Running(Process process) {
      this.process = process;
      this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }
  }

  private final Spec spec;
  private final List<Running> slots = new ArrayList<>();
  private final List<Integer> started = new ArrayList<>();
  /** Kills the processes when this JVM is stopped (Ctrl-C) before {@link #close}. */
  private final Thread hook = new Thread(this::destroyAll, "herald-bench-instances");

  private Instances(Spec spec) {
    this.spec = spec;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts {@code n} processes; serving ones are ready (engine started) when this returns. */
  public static Instances start(Spec spec, int n) throws IOException {
    Instances all = new Instances(spec);
    try {
      for (int i = 0; i < n; i++) {
        all.slots.add(null);
        all.started.add(0);
        all.spawn(i);
      }
      if (spec.serve()) {
        for (int i = 0; i < n; i++) all.expect(i, "ready");
      }
      return all;
    } catch (IOException | RuntimeException e) {
      all.close();
      throw e;
    }
  }

  public int size() {
    return slots.size();
  }

  /**
   * Per slot (numbered from 1): the messages sent since {@code base} (counts by slot, as {@link
   * FanoutWorld#sentByInstance} gives them) and how many processes the slot had.
   */
  public List<Map<String, Object>> perInstance(Map<Integer, Integer> sent, Map<Integer, Integer> base) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int slot = 1; slot <= slots.size(); slot++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("instance", slot);
      m.put("sent", sent.getOrDefault(slot, 0) - base.getOrDefault(slot, 0));
      m.put("processes", started.get(slot - 1));
      out.add(m);
    }
    return out;
  }

  /** The process id of each slot's current process, by slot. */
  public List<Long> pids() {
    List<Long> out = new ArrayList<>();
    for (Running r : slots) out.add(r.process.pid());
    return out;
  }

  /** Sends a command line to every serving process. */
  public void tellAll(String command) {
    for (Running r : slots) r.in.println(command);
  }

  /** Asks every serving process for its status. */
  public List<Status> status() throws IOException {
    tellAll("status");
    List<Status> out = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      String[] parts = expect(i, "status").split(" ");
      out.add(new Status(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
    }
    return out;
  }

  /** Kills the slot's process with SIGKILL (no shutdown hook, no graceful stop) and waits for it to be gone. */
  public void kill(int slot) throws InterruptedException {
    Process p = slots.get(slot).process;
    p.destroyForcibly();
    p.waitFor();
  }

  /** Starts a new process in the slot. */
  public void restart(int slot) throws IOException {
    spawn(slot);
  }

  public boolean alive(int slot) {
    return slots.get(slot).process.isAlive();
  }

  /** Waits for every current process to exit; false if one is still running at the deadline. */
  public boolean awaitExit(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    for (Running r : slots) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !r.process.waitFor(left, TimeUnit.NANOSECONDS)) return false;
    }
    return true;
  }

  /** Tells serving processes to stop (each finishes its sends) and waits for them. */
  public void stop() throws InterruptedException {
    tellAll("stop");
    awaitExit(Duration.ofSeconds(60));
  }

  @Override
  public void close() {
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }

  private synchronized void destroyAll() {
    for (Running r : slots) if (r != null && r.process.isAlive()) r.process.destroyForcibly();
  }

  private synchronized void spawn(int slot) throws IOException {
    int n = started.get(slot);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    // the benchmark jar's entry point (dev.herald.bench.BenchMain), named rather than imported: bench imports this package
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.herald.bench.BenchMain", "bench", "instance",
        "--platform", spec.platform().key(), "--db", spec.database(), "--url", spec.fakeUrl(),
        "--channels", Integer.toString(spec.channels()), "--senders", Integer.toString(spec.senders()),
        "--lease", Integer.toString(spec.leaseSeconds()), "--slot", Integer.toString(slot + 1)));
    if (spec.serve()) cmd.add("--serve");
    ProcessBuilder b = new ProcessBuilder(cmd);
    Path log = spec.logs().resolve("instance-" + (slot + 1) + "-" + n + ".log");
    if (spec.serve()) {
      b.redirectError(log.toFile());
    } else {
      b.redirectErrorStream(true).redirectOutput(log.toFile());
      // the logs say what recovery found
      b.environment().put("HERALD_LOG_LEVEL", "INFO");
    }
    slots.set(slot, new Running(b.start()));
    started.set(slot, n + 1);
  }

  private String expect(int slot, String prefix) throws IOException {
    String line;
    while ((line = slots.get(slot).out.readLine()) != null) {
      if (line.startsWith(prefix)) return line;
    }
    throw new IOException("instance " + (slot + 1) + " ended before saying \"" + prefix + "\"; see " + spec.logs());
  }
}
