package dev.herald.bench.fanout;

import dev.herald.bench.figures.Decimals;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time (user + system) of the processes taking part in a benchmark, read from Linux's {@code /proc}: a whole
 * process (and its descendants: PostgreSQL's backends), or a JVM's threads grouped by name ({@code fake-slack},
 * {@code herald-send-slack}, {@code C2 CompilerThread}: digits dropped; the kernel keeps 15 characters of a name;
 * {@code OkHttp} for all of OkHttp's, which it renames as they run tasks).
 * A snapshot before and after a timed window tells who used the cores during it. Elsewhere than Linux every figure
 * is empty. Threads and processes that ended inside the window are missed.
 */
public final class CpuTimes {
  /** Clock ticks a second of {@code /proc/.../stat} (USER_HZ, 100 on every Linux build in use). */
  private static final double TICKS = 100.0;

  private CpuTimes() {}

  /** {@code pid} and its descendants (PostgreSQL's server and its backends), as they are now. */
  public static java.util.List<Long> tree(long pid) {
    java.util.List<Long> out = new java.util.ArrayList<>(java.util.List.of(pid));
    ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> out.add(d.pid())));
    return out;
  }

  /** The seconds of CPU of these processes together (one that cannot be read counts 0). */
  public static double processes(java.util.List<Long> pids) {
    double total = 0;
    for (long pid : pids) total += ticks(Path.of("/proc", Long.toString(pid), "stat"));
    return total / TICKS;
  }

  /** The seconds of CPU of this process's threads, by thread name without digits. */
  public static Map<String, Double> threads(long pid) {
    Map<String, Double> out = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        String name = comm(task.resolve("comm"));
        out.merge(group(name), ticks(task.resolve("stat")) / TICKS, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      return out;
    }
    return out;
  }

  /** {@code after - before} per key, rounded to 0.01 s, keeping what used at least {@code min} seconds. */
  public static Map<String, Object> used(Map<String, Double> before, Map<String, Double> after, double min) {
    Map<String, Object> out = new LinkedHashMap<>();
    after.entrySet().stream()
        .filter(e -> e.getKey().indexOf(':') > 0)
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .filter(e -> e.getValue() >= min)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> out.put(e.getKey(), Decimals.round(e.getValue(), 2)));
    return out;
  }

  /** {@code after - before} for the processes (the keys without a colon), rounded to 0.01 s. */
  public static Map<String, Object> totals(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Object> out = new java.util.TreeMap<>();
    after.forEach((k, v) -> {
      if (k.indexOf(':') < 0) out.put(k, Decimals.round(v - before.getOrDefault(k, 0.0), 2));
    });
    return out;
  }

  /**
   * The process {@code pid} as {@code name} (all its threads, those that ended too) and its live threads by group as
   * {@code name:group} ({@link #threads}), added to {@code into}.
   */
  public static void threads(long pid, String name, Map<String, Double> into) {
    into.put(name, ticks(Path.of("/proc", Long.toString(pid), "stat")) / TICKS);
    threads(pid).forEach((group, seconds) -> into.put(name + ":" + group, seconds));
  }

  /**
   * A thread's group: its name without digits; OkHttp's threads are one group, since OkHttp names a thread after the
   * task it runs (a thread's time goes to the group of its name when read).
   */
  static String group(String name) {
    if (name.startsWith("OkHttp")) return "OkHttp";
    return name.replaceAll("[0-9#]+", "").strip();
  }

  private static String comm(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  /** utime + stime of a {@code stat} file; 0 when it cannot be read. */
  private static double ticks(Path stat) {
    try {
      String s = Files.readString(stat);
      // the name, field 2, is in parentheses and may hold spaces: fields are counted after its closing one
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
