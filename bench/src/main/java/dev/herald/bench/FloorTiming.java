package dev.herald.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a benchmark pass against its floor in one run: {@code warmup} untimed rounds of both (so the JIT has compiled
 * both), then {@code runs} timed rounds alternating which goes first; medians of wall-clock time and of the thread's
 * CPU time (which a machine shared with other work disturbs less).
 */
final class FloorTiming {
  /** Medians in seconds. */
  record Result(double seconds, double floorSeconds, double cpuSeconds, double floorCpuSeconds) {
    double cpuRatio() {
      return cpuSeconds / Math.max(1e-9, floorCpuSeconds);
    }
  }

  private FloorTiming() {}

  static Result run(int warmup, int runs, Runnable pass, Runnable floor) {
    for (int i = 0; i < warmup; i++) {
      pass.run();
      floor.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[runs];
    long[] floorWall = new long[runs];
    long[] cpu = new long[runs];
    long[] floorCpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      for (int half = 0; half < 2; half++) {
        boolean passNow = (i + half) % 2 == 0;
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        (passNow ? pass : floor).run();
        long elapsed = System.nanoTime() - t;
        long used = threads.getCurrentThreadCpuTime() - c;
        (passNow ? wall : floorWall)[i] = elapsed;
        (passNow ? cpu : floorCpu)[i] = used;
      }
    }
    return new Result(median(wall) / 1e9, median(floorWall) / 1e9, median(cpu) / 1e9, median(floorCpu) / 1e9);
  }

  static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }
}
