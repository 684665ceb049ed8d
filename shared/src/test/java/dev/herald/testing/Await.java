package dev.herald.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another thread does (a dispatcher's send), with a ceiling for a busy machine. */
public final class Await {
  private static final Duration CEILING = Duration.ofSeconds(20);

  private Await() {}

  /** Returns once {@code done} holds; fails after 20 seconds without. */
  public static void until(BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + CEILING.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out");
      Thread.sleep(10);
    }
  }
}
