package dev.herald.runtime;

import dev.herald.chat.DeliveryAdmin;
import dev.herald.chat.ScheduleListener;
import dev.herald.chat.StatusSection;
import dev.herald.config.HeraldConfig;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.delivery.Publisher;
import dev.herald.delivery.RunOutcome;
import dev.herald.digest.BriefingBuilder;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Channel;
import dev.herald.model.FeedSource;
import dev.herald.model.StorySummary;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.RunReport;
import dev.herald.store.Database;
import dev.herald.store.DeliveryStores;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Delivery for the composition root: feeds polled continuously through the {@link Pipeline}, daily briefings per
 * channel on a persistent schedule, topic alerts, living stories and the outbox sent through each platform's {@link
 * Publisher}. {@link #start()} after the adapters are connected, {@link #stop()} before they disconnect.
 *
 * <pre>{@code
 * Delivery delivery = Delivery.builder()
 *     .stores(stores).database(db).pipeline(pipeline).feeds(feedList::current)
 *     .briefingBuilder(new BriefingBuilder(stores, ranker))
 *     .config(config).clock(Clock.systemUTC())
 *     .build();
 * ChatService.Builder chat = ChatService.builder()...schedules(delivery.scheduleListener()).delivery(delivery.admin());
 * for (StatusSection s : delivery.statusSections()) chat.status(s);
 * // build the adapters with chat.build(), then:
 * delivery.addPublisher(slack.publisher()).addPublisher(discord.publisher());
 * delivery.start();
 * }</pre>
 */
public final class Delivery implements AutoCloseable {
  private final DeliveryEngine engine;

  private Delivery(DeliveryEngine engine) {
    this.engine = engine;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** What delivery needs from a pipeline run. */
  public static RunOutcome outcome(RunReport report) {
    Set<Long> summarised = new HashSet<>();
    for (StorySummary s : report.summaries()) summarised.add(s.storyId());
    return new RunOutcome(report.feeds(), report.alertable(), summarised);
  }

  /**
   * Adds a platform's publisher before {@link #start()}: the Slack and Discord adapters need the chat service, which
   * needs {@link #scheduleListener()}, {@link #admin()} and {@link #statusSections()}, so they are built after this.
   */
  public Delivery addPublisher(Publisher publisher) {
    engine.addPublisher(publisher);
    return this;
  }

  public void start() {
    engine.start();
  }

  /** Graceful: waits for a running scheduled job, lets in-flight sends finish, gives back unstarted ones. */
  public void stop() {
    engine.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** For {@code ChatService.Builder.schedules}: follows {@code /herald schedule} changes. */
  public ScheduleListener scheduleListener() {
    return new ScheduleListener() {
      @Override
      public void scheduleChanged(Channel channel) {
        engine.scheduleChanged(channel);
      }

      @Override
      public Optional<Instant> nextBriefing(Channel channel) {
        return engine.nextBriefing(channel);
      }
    };
  }

  /** For {@code ChatService.Builder.delivery}: {@code /herald retry}. */
  public DeliveryAdmin admin() {
    return engine::retry;
  }

  /** For {@code ChatService.Builder.status}: the next briefing, deliveries (in that order; feeds are the chat's). */
  public List<StatusSection> statusSections() {
    return List.of(engine::briefingStatus, engine::deliveryStatus);
  }

  /** The engine, for a manual poll ({@code engine().poll()}) or a briefing now ({@code briefNow}). */
  public DeliveryEngine engine() {
    return engine;
  }

  /** Builds a {@link Delivery}. Required: stores, database, pipeline, feeds, briefing builder, config, clock. */
  public static final class Builder {
    private Stores stores;
    private Database database;
    private Pipeline pipeline;
    private Supplier<List<FeedSource>> feeds;
    private BriefingBuilder briefingBuilder;
    private DeliverySettings settings;
    private Clock clock;
    private HeraldMetrics metrics = HeraldMetrics.NONE;

    public Builder stores(Stores v) {
      this.stores = v;
      return this;
    }

    public Builder database(Database v) {
      this.database = v;
      return this;
    }

    public Builder pipeline(Pipeline v) {
      this.pipeline = v;
      return this;
    }

    /** The current feed list; read on every poll tick. */
    public Builder feeds(Supplier<List<FeedSource>> v) {
      this.feeds = v;
      return this;
    }

    public Builder briefingBuilder(BriefingBuilder v) {
      this.briefingBuilder = v;
      return this;
    }

    /** Settings from {@code herald.yaml} ({@code briefing:}, {@code delivery:}, {@code fetch:}). */
    public Builder config(HeraldConfig v) {
      this.settings = DeliverySettings.from(v);
      return this;
    }

    public Builder settings(DeliverySettings v) {
      this.settings = v;
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    /** Where deliveries, rate limits, parked rows and briefings are reported (default: nowhere). */
    public Builder metrics(HeraldMetrics v) {
      this.metrics = Objects.requireNonNull(v, "metrics == null");
      return this;
    }

    public Delivery build() {
      Objects.requireNonNull(stores, "stores == null");
      Objects.requireNonNull(database, "database == null");
      Objects.requireNonNull(pipeline, "pipeline == null");
      Objects.requireNonNull(settings, "settings (or config) == null");
      Objects.requireNonNull(clock, "clock == null");
      Pipeline p = pipeline;
      DeliveryEngine engine = DeliveryEngine.builder()
          .stores(stores)
          .deliveryStores(DeliveryStores.sql(database, clock))
          .database(database)
          .briefingBuilder(briefingBuilder)
          .feeds(feeds)
          .pipeline(due -> outcome(p.run(due)))
          .settings(settings)
          .clock(clock)
          .metrics(metrics)
          .build();
      return new Delivery(engine);
    }
  }
}
