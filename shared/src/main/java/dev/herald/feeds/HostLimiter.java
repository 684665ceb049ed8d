package dev.herald.feeds;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** At most N requests in flight per host, so Herald stays polite to a publisher with many feeds. Thread-safe. */
final class HostLimiter {
  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  HostLimiter(int perHost) {
    if (perHost < 1) throw new IllegalArgumentException("perHost < 1: " + perHost);
    this.perHost = perHost;
  }

  /** Waits for a slot; false when none came within {@code millis}. */
  boolean acquire(String host, long millis) throws InterruptedException {
    return semaphore(host).tryAcquire(Math.max(0, millis), TimeUnit.MILLISECONDS);
  }

  void release(String host) {
    semaphore(host).release();
  }

  private Semaphore semaphore(String host) {
    return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
  }
}
