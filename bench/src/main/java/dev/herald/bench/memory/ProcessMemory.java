package dev.herald.bench.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * This process's memory, measured from inside: the heap's live size after a full collection, its peak (the largest
 * heap in use just before any collection since {@link #watch()}, so garbage that was never collected counts, and
 * nothing else), the resident set and its peak from {@code /proc/self/status}, and live threads.
 */
public final class ProcessMemory {
  private static final AtomicLong PEAK = new AtomicLong();
  private static volatile boolean watching;

  private ProcessMemory() {}

  /** One measurement; sizes in MiB. */
  public record Snapshot(double heapAfterGcMb, double peakHeapMb, double rssMb, double peakRssMb, int threads) {}

  /** Starts recording the heap in use before each collection (call once, early). */
  public static synchronized void watch() {
    if (watching) return;
    watching = true;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((n, handback) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        PEAK.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
      }, null, null);
    }
  }

  /** Sum of the heap pools' use in a GC's before-or-after map (non-heap pools are left out). */
  private static long used(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
      MemoryUsage u = pools.get(pool.getName());
      if (u != null) sum += u.getUsed();
    }
    return sum;
  }

  /** Collects twice (full collections), then measures. */
  public static Snapshot measure() {
    double peak = peakHeapMb();
    double live = liveHeapMb();
    Map<String, Long> status = procStatus();
    return new Snapshot(live, Math.max(peak, peakHeapMb()), status.getOrDefault("VmRSS", 0L) / 1024.0,
        status.getOrDefault("VmHWM", 0L) / 1024.0, ManagementFactory.getThreadMXBean().getThreadCount());
  }

  /** The most heap in use at once since {@link #watch()} or the last {@link #resetPeak()}, in MiB. */
  public static double peakHeapMb() {
    return mb(PEAK.accumulateAndGet(heapUsed(), Math::max));
  }

  /** Starts a new peak from the heap in use now. */
  public static void resetPeak() {
    PEAK.set(heapUsed());
  }

  /** The heap still in use after two full collections: what the process holds, in MiB. */
  public static double liveHeapMb() {
    PEAK.accumulateAndGet(heapUsed(), Math::max);
    try {
      System.gc();
      Thread.sleep(200);
      System.gc();
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return mb(heapUsed());
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The kB figures of {@code /proc/self/status} (Linux); empty elsewhere. */
  static Map<String, Long> procStatus() {
    Map<String, Long> out = new java.util.HashMap<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        String[] parts = line.split(":\\s+");
        if (parts.length == 2 && parts[1].endsWith(" kB")) {
          out.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).trim()));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: no resident-set figures
    }
    return out;
  }

  /** A SQLite database's size on disk (the file and its WAL and shared-memory files), in MiB. */
  public static double databaseMb(Path file) {
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        bytes += Files.size(Path.of(file + suffix));
      } catch (IOException e) {
        // absent
      }
    }
    return mb(bytes);
  }

  static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
