package dev.herald.bot.slack;

import dev.herald.threads.DaemonThreads;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The Slack adapter's worker pools: a fixed number of daemon threads over a bounded queue, stopped with a grace. */
final class SlackWorkers {
  private SlackWorkers() {}

  /** {@code threads} daemon threads named {@code name}; a task beyond {@code queue} waiting ones is refused. */
  static ThreadPoolExecutor bounded(String name, int threads, int queue) {
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), DaemonThreads.named(name));
  }

  /** Lets running tasks finish for up to 5 s, then interrupts what is left. */
  static void stop(ExecutorService workers) {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) workers.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
  }
}
