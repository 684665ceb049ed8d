package dev.herald.bot.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.okhttp3.OkHttpMetricsEventListener;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.EventListener;

/**
 * Herald's meters on Micrometer, read in the Prometheus text format ({@link #scrape()}). Names follow Prometheus'
 * conventions once Micrometer has rendered them: {@code herald_feed_fetch_seconds}, {@code herald_deliveries_total},
 * ... (see the README for the list). Every series a tag combination can make is registered up front at zero, so
 * {@code rate()} and {@code increase()} work from the first scrape; tag values come only from closed sets, and the
 * HTTP client meters drop the host tags a feed's address would fill. Thread-safe.
 */
public final class MicrometerMetrics implements OpsMetrics, AutoCloseable {
  static final String HTTP_CLIENT = "herald.http.client.requests";
  private static final Set<String> SUMMARIZERS = Set.of("extractive", "llm");

  private final PrometheusMeterRegistry registry;
  private final Map<FetchResult, Timer> fetches = new EnumMap<>(FetchResult.class);
  private final Counter articles;
  private final Map<String, Counter> summaries = new ConcurrentHashMap<>();
  private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
  private final Map<Platform, Timer> lag = new EnumMap<>(Platform.class);
  private final Map<Platform, Counter> rateLimited = new EnumMap<>(Platform.class);
  private final Counter parked;
  private final Map<BriefingResult, Counter> briefings = new EnumMap<>(BriefingResult.class);
  private final Map<Platform, Timer> acks = new EnumMap<>(Platform.class);
  private final AtomicLong storiesLive = new AtomicLong();
  private final Map<Platform, AtomicLong> unsent = new EnumMap<>(Platform.class);
  private final Map<String, OkHttpMetricsEventListener> httpClients = new ConcurrentHashMap<>();
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** Meters on the system clock, with the JVM's own (memory, GC, threads, classes, CPU, uptime, file descriptors). */
  public MicrometerMetrics() {
    this(Clock.SYSTEM);
  }

  /** @param clock Micrometer's clock, for the time windows of the {@code _max} gauges (tests pass a mock clock) */
  MicrometerMetrics(Clock clock) {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(), clock);
    // an HTTP client's meters carry no host: a feed's host is as good as its id
    registry.config().meterFilter(MeterFilter.ignoreTags("host", "target.host", "target.port"));
    for (FetchResult r : FetchResult.values()) {
      fetches.put(r, Timer.builder("herald.feed.fetch").description("Feed fetches (redirects and body included)")
          .tag("result", r.tag())
          .serviceLevelObjectives(seconds(0.25), seconds(0.5), seconds(1), seconds(2.5), seconds(5), seconds(10),
              seconds(20), seconds(30))
          .register(registry));
    }
    articles = Counter.builder("herald.articles.ingested").description("New articles stored").register(registry);
    Gauge.builder("herald.stories.live", storiesLive, AtomicLong::get)
        .description("Stories open to new articles (the clustering window)").register(registry);
    for (String s : SUMMARIZERS) for (SummaryResult r : SummaryResult.values()) summaryCounter(s, r);
    for (Platform p : Platform.values()) {
      for (DeliveryKind k : DeliveryKind.values()) for (DeliveryResult r : DeliveryResult.values()) delivery(p, k, r);
      lag.put(p, Timer.builder("herald.delivery.lag").description("From a delivery's due time to its sending")
          .tag("platform", p.key())
          .serviceLevelObjectives(seconds(1), seconds(5), seconds(15), seconds(30), seconds(60), seconds(120),
              seconds(300), seconds(900), seconds(3600))
          .register(registry));
      rateLimited.put(p, Counter.builder("herald.rate.limited").description("\"Slow down\" answers (HTTP 429)")
          .tag("platform", p.key()).register(registry));
      acks.put(p, Timer.builder("herald.slash.ack").description("From receiving a command or click to acknowledging it")
          .tag("platform", p.key())
          .serviceLevelObjectives(seconds(0.05), seconds(0.1), seconds(0.25), seconds(0.5), seconds(1), seconds(2),
              seconds(3))
          .register(registry));
      AtomicLong n = new AtomicLong();
      unsent.put(p, n);
      Gauge.builder("herald.outbox.pending", n, AtomicLong::get).description("Deliveries not yet sent or parked")
          .tag("platform", p.key()).register(registry);
    }
    parked = Counter.builder("herald.parked").description("Deliveries parked until /herald retry")
        .register(registry);
    for (BriefingResult r : BriefingResult.values()) {
      briefings.put(r, Counter.builder("herald.briefings").description("Daily briefing occurrences run")
          .tag("result", r.tag()).register(registry));
    }
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  private static Duration seconds(double s) {
    return Duration.ofNanos((long) (s * 1e9));
  }

  /** Every meter in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  /** The registry, for binders of other parts (tests read meters from it). */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The stories open to new articles now (a gauge, set by the background refresh). */
  public void storiesLive(long n) {
    storiesLive.set(n);
  }

  /** Deliveries not yet sent or parked, per platform (a gauge; a platform left out has none). */
  public void outboxUnsent(Map<Platform, Integer> counts) {
    for (Map.Entry<Platform, AtomicLong> e : unsent.entrySet()) e.getValue().set(counts.getOrDefault(e.getKey(), 0));
  }

  @Override
  public void feedFetched(FetchResult result, Duration took) {
    fetches.get(result).record(took);
  }

  @Override
  public void articlesIngested(int count) {
    if (count > 0) articles.increment(count);
  }

  @Override
  public void summaryWritten(String summarizer, SummaryResult result) {
    summaryCounter(summarizer, result).increment();
  }

  private Counter summaryCounter(String summarizer, SummaryResult result) {
    String s = SUMMARIZERS.contains(summarizer) ? summarizer : "other";
    return summaries.computeIfAbsent(s + "/" + result, k -> Counter.builder("herald.summaries")
        .description("Story summaries written").tags("summarizer", s, "result", result.tag()).register(registry));
  }

  @Override
  public void delivered(Platform platform, DeliveryKind kind, DeliveryResult result) {
    delivery(platform, kind, result).increment();
  }

  private Counter delivery(Platform p, DeliveryKind k, DeliveryResult r) {
    return deliveries.computeIfAbsent(p.key() + "/" + k.key() + "/" + r.tag(), key -> Counter
        .builder("herald.deliveries").description("Delivery attempts, by how they ended")
        .tags("platform", p.key(), "kind", k.key(), "result", r.tag()).register(registry));
  }

  @Override
  public void deliveryLag(Platform platform, Duration lag) {
    this.lag.get(platform).record(lag);
  }

  @Override
  public void rateLimited(Platform platform) {
    rateLimited.get(platform).increment();
  }

  @Override
  public void parked(int deliveries) {
    if (deliveries > 0) parked.increment(deliveries);
  }

  @Override
  public void briefing(BriefingResult result) {
    briefings.get(result).increment();
  }

  @Override
  public void slashAcknowledged(Platform platform, Duration took) {
    acks.get(platform).record(took);
  }

  @Override
  public EventListener.Factory httpClient(String client) {
    String name = client.toLowerCase(Locale.ROOT);
    OkHttpMetricsEventListener listener = httpClients.computeIfAbsent(name, n -> OkHttpMetricsEventListener
        .builder(registry, HTTP_CLIENT).tags(Tags.of("client", n)).includeHostTag(false).build());
    return call -> listener;
  }

  @Override
  public void bindPool(Database db) {
    if (db.dataSource() instanceof HikariDataSource pool && pool.getMetricsTrackerFactory() == null) {
      pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
