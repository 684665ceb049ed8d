package dev.herald.bot.http;

import dev.herald.threads.DaemonThreads;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;

/**
 * A header deadline for a Jetty connector: a connection that is not handling a request must deliver the next request's
 * headers within {@code deadline} of opening or of its previous answer, or it is closed. The connector's idle timeout
 * bounds silence, but a client dripping a byte every few seconds never falls silent: this bounds the whole wait. Add
 * it to the connector with {@code addEventListener}, call {@link #started} when a request's headers arrive and {@link
 * #finished} when its answer is written. Swept four times a second (more often for short deadlines). Thread-safe.
 */
final class ConnectionDeadlines implements Connection.Listener, AutoCloseable {
  private final long deadlineNanos;
  /** Connections waiting for headers, and since when (System.nanoTime). */
  private final Map<Connection, Long> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper;

  /** @param name the sweeper thread's name */
  public ConnectionDeadlines(Duration deadline, String name) {
    this.deadlineNanos = deadline.toNanos();
    this.sweeper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
  }

  public void start() {
    long period = Math.max(10, Math.min(250, TimeUnit.NANOSECONDS.toMillis(deadlineNanos) / 4));
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onOpened(Connection connection) {
    waiting.put(connection, System.nanoTime());
  }

  @Override
  public void onClosed(Connection connection) {
    waiting.remove(connection);
  }

  /** A request's headers arrived: the request's own deadlines apply now. */
  public void started(Connection connection) {
    waiting.remove(connection);
  }

  /** The answer is written: the next request's headers are due within the deadline. */
  public void finished(Connection connection) {
    if (connection.getEndPoint().isOpen()) waiting.put(connection, System.nanoTime());
  }

  /** Connections waiting for headers now. */
  public int waiting() {
    return waiting.size();
  }

  private void sweep() {
    long now = System.nanoTime();
    waiting.forEach((c, since) -> {
      if (now - since > deadlineNanos && waiting.remove(c, since)) c.getEndPoint().close();
    });
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
