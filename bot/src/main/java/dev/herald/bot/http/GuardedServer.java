package dev.herald.bot.http;

import java.time.Duration;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jetty 12 server as Herald runs one (Slack's HTTP mode, the ops endpoint), written once: daemon threads, no
 * version headers, one connector with bounded request headers, connections and accept queue, an idle timeout, and a
 * header deadline per connection ({@link ConnectionDeadlines}) that each request's handling starts and its answer
 * ends. The handler sees the headers before any body arrives. Start, port, and a stop that never throws.
 */
public final class GuardedServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GuardedServer.class);

  /**
   * How one server is sized.
   *
   * @param name its threads' name, and what its log lines call it
   * @param reservedThreads threads Jetty keeps in reserve (-1: Jetty's own choice)
   * @param headerDeadline from a connection's opening (or its previous answer) to a request's complete headers
   */
  public record Settings(String name, int maxThreads, int minThreads, int reservedThreads, int maxHeaderBytes,
      Duration idle, int acceptQueue, Duration headerDeadline, int maxConnections) {}

  /**
   * Handles one request without blocking; {@code done} is completed (or failed) once the answer is written, which
   * starts the connection's deadline for its next request.
   */
  @FunctionalInterface
  public interface Endpoint {
    boolean handle(Request request, Response response, Callback done) throws Exception;
  }

  private final String name;
  private final Server server;
  private final ServerConnector connector;
  private final ConnectionDeadlines deadlines;

  /**
   * @param host the address to listen on (null: every interface)
   * @param port the port; 0 picks a free one (tests)
   */
  public GuardedServer(String host, int port, Settings s, Endpoint endpoint) {
    this.name = s.name();
    QueuedThreadPool threads = new QueuedThreadPool(s.maxThreads(), s.minThreads());
    threads.setName(s.name());
    threads.setDaemon(true);
    threads.setReservedThreads(s.reservedThreads());
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(s.maxHeaderBytes());
    http.setDelayDispatchUntilContent(false); // see the headers first: refuse a request before any body
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(s.idle().toMillis());
    connector.setAcceptQueueSize(s.acceptQueue());
    this.deadlines = new ConnectionDeadlines(s.headerDeadline(), s.name() + "-deadlines");
    connector.addEventListener(deadlines);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(s.maxConnections(), connector));
    server.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        deadlines.started(connection);
        return endpoint.handle(request, response, new Callback.Nested(callback) {
          @Override
          public void completed() {
            deadlines.finished(connection);
          }
        });
      }
    });
  }

  public void start() throws Exception {
    server.start();
    deadlines.start();
  }

  /** The address given (null: every interface). */
  public String host() {
    return connector.getHost();
  }

  /** The port listened on (the one picked, for port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Stops the deadlines and the server; a failure to stop is logged, never thrown. */
  @Override
  public void close() {
    deadlines.close();
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("stopping {}: {}", name, e.toString());
    }
  }
}
