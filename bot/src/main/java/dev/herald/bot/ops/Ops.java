package dev.herald.bot.ops;

import dev.herald.threads.DaemonThreads;
import dev.herald.config.HeraldConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ops endpoint: the {@link OpsServer} on {@code ops.http_host:ops.http_port}, and the background refresh
 * that keeps what it answers current, every {@link #REFRESH} (the readiness checks, then the gauges that read the
 * store: live stories, unsent deliveries). Close it before the database.
 */
public final class Ops implements AutoCloseable {
  /** How often readiness and the store-backed gauges are refreshed; what /readyz may lag behind by. */
  public static final Duration REFRESH = Duration.ofSeconds(5);
  /** A connection's silence at most. */
  static final Duration IDLE = Duration.ofSeconds(10);
  /** The wait for a request's headers at most: a scraper sends them at once. */
  static final Duration HEADERS = Duration.ofSeconds(2);
  private static final Logger log = LoggerFactory.getLogger(Ops.class);

  private final OpsServer server;
  private final Readiness readiness;
  private final ScheduledExecutorService refresher;

  private Ops(OpsServer server, Readiness readiness, ScheduledExecutorService refresher) {
    this.server = server;
    this.readiness = readiness;
    this.refresher = refresher;
  }

  /**
   * Starts the endpoint and its refresh (the first at once).
   *
   * @param gauges refreshes the gauges that read the store; runs on the refresh thread, after the checks
   */
  public static Ops start(HeraldConfig.Ops config, MicrometerMetrics metrics, Readiness readiness,
      List<Runnable> gauges) throws Exception {
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("herald-ops-refresh"));
    OpsServer server = new OpsServer(config.httpHost(), config.httpPort(), metrics::scrape, readiness::latest, IDLE,
        HEADERS);
    try {
      server.start();
    } catch (Exception e) {
      refresher.shutdownNow();
      throw new dev.herald.config.ConfigException("config/herald.yaml: ops cannot listen on " + config.httpHost() + ":"
          + config.httpPort() + ": " + e.getMessage(), e);
    }
    refresher.scheduleWithFixedDelay(() -> refresh(readiness, gauges), 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    return new Ops(server, readiness, refresher);
  }

  private static void refresh(Readiness readiness, List<Runnable> gauges) {
    Readiness.Report r = readiness.refresh();
    if (!r.ready()) log.debug("not ready: {}", r.problems());
    for (Runnable g : gauges) {
      try {
        g.run();
      } catch (RuntimeException e) {
        // the database is away: readiness says so; the gauges keep their last values
        log.debug("refreshing a gauge: {}", e.toString());
      }
    }
  }

  /** The port the endpoint listens on. */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    server.close();
    readiness.close();
  }
}
