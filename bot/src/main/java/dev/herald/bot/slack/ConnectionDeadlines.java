package dev.herald.bot.slack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;

/**
 * The header deadline of {@link SlackHttpServer}: a connection that is not handling a request must deliver the next
 * request's headers within {@code deadline} of opening or of its previous answer, or it is closed. An idle
 * connection's silence is bounded by the connector's idle timeout, but a client dripping one byte every few seconds
 * never falls silent: this bounds the whole wait instead. Checked four times a second. Thread-safe.
 */
final class ConnectionDeadlines implements Connection.Listener, AutoCloseable {
  private final long deadlineNanos;
  /** Connections waiting for headers, and since when (System.nanoTime). */
  private final Map<Connection, Long> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "slack-http-deadlines");
    t.setDaemon(true);
    return t;
  });

  ConnectionDeadlines(Duration deadline) {
    this.deadlineNanos = deadline.toNanos();
  }

  void start() {
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

  /** A request's headers arrived: its body has its own deadline. */
  void started(Connection connection) {
    waiting.remove(connection);
  }

  /** The answer is written: the next request's headers are due within the deadline. */
  void finished(Connection connection) {
    if (connection.getEndPoint().isOpen()) waiting.put(connection, System.nanoTime());
  }

  /** Connections waiting for headers now. */
  int waiting() {
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
