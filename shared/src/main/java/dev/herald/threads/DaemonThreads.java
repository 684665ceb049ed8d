package dev.herald.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon thread factories: a stuck Herald thread never keeps the process from exiting. */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Daemon threads all named {@code name}. */
  public static ThreadFactory named(String name) {
    return r -> daemon(r, name);
  }

  /** Daemon threads named {@code name-1}, {@code name-2}, ... in the order they are made. */
  public static ThreadFactory numbered(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> daemon(r, name + "-" + n.incrementAndGet());
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
