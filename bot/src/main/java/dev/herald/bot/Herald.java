package dev.herald.bot;

import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.bot.console.ConsoleChannel;
import dev.herald.bot.ops.MicrometerMetrics;
import dev.herald.bot.ops.OpsMetrics;
import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSettings;
import dev.herald.chat.FeedsStatus;
import dev.herald.chat.RegistryFeedAdmin;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.digest.BriefingSelector;
import dev.herald.digest.FallbackStatus;
import dev.herald.digest.StoryWriter;
import dev.herald.feeds.FeedRegistry;
import dev.herald.model.Briefing;
import dev.herald.model.Channel;
import dev.herald.model.FeedSource;
import dev.herald.model.RelatedStory;
import dev.herald.pipeline.FeedIngestion;
import dev.herald.pipeline.FeedPoller;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.RunReport;
import dev.herald.render.InfoView;
import dev.herald.runtime.ServicePorts;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.store.StorySearchStore;
import dev.herald.store.SummaryFallbackStore;
import dev.herald.stories.OnlineStoryTracker;
import dev.herald.stories.TopicTagger;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root and the owner of one Herald instance: every service is built by hand here, in stage order
 * ({@link #assemble}; each stage's factory in {@link StageWiring}), and nothing else constructs core services.
 * {@link #start} adds delivery (the feed poller, schedules, the outbox) and the platform adapters the secrets allow,
 * for {@code run}; the offline commands ({@code demo}, {@code digest}) use the core only. Closing stops what was
 * started, then the core and the database.
 */
public final class Herald implements AutoCloseable {
  private final HeraldConfig config;
  private final Clock clock;
  private final Database db;
  /** This process's one name among instances sharing a database: pipeline leases, outbox claims, the scheduler. */
  private final String name;
  private final Stores stores;
  private final OutboxStores deliveryStores;
  private final FeedStores feedStores;
  private final FeedRegistry feeds;
  private final OnlineStoryTracker tracker;
  private final Pipeline pipeline;
  /** Stage 3's read side: ranking, lookups, who may see which story, related stories, the topic names. */
  private final StageWiring.StoryQueries queries;
  private final BriefingSelector briefings;
  private final FallbackStatus summaryFallbacks;
  /** Which text each article is summarised from, and why (full article text). */
  private final ArticleTextStore texts;
  /** Herald's meters: Micrometer's when the ops endpoint is on, else nothing. */
  private final OpsMetrics metrics;
  /** Delivery and the adapters, once {@link #start}ed. */
  private Platforms platforms;

  private Herald(HeraldConfig config, Secrets secrets, Clock clock, Database db,
      Supplier<List<FeedSource>> instanceFeeds, String version, OpsMetrics metrics) {
    this.config = config;
    this.clock = clock;
    this.db = db;
    this.name = StageWiring.instanceName();
    this.metrics = metrics;
    metrics.bindPool(db);
    this.stores = Stores.sql(db, clock);
    this.deliveryStores = OutboxStores.sql(db, clock);
    this.feedStores = FeedStores.sql(db, clock);

    // feeds -> articles (stages 1 and 2, and the article pages behind teasers)
    this.feeds = FeedRegistry.fromConfig(config.fetch(), instanceFeeds, feedStores);
    this.texts = ArticleTextStore.sql(db);
    FeedIngestion ingestion = StageWiring.feedIngestion(config, version, metrics, stores, feedStores, texts, clock);
    FullTextFetcher pages = StageWiring.articlePages(config, version, metrics, stores, texts, feeds, clock);

    // stories (stage 3): filing articles, and what chat and briefings ask of stories
    TopicTagger tagger = StageWiring.topicTagger(config, feeds);
    StorySearchStore search = StorySearchStore.sql(db);
    this.tracker = StageWiring.storyTracker(config, stores, search, tagger, clock);
    this.queries = StageWiring.storyQueries(stores, search, tagger, instanceFeeds.get(), feeds, clock);

    // digest (stage 4)
    SummaryFallbackStore fallbacks = SummaryFallbackStore.sql(db);
    this.summaryFallbacks = new FallbackStatus(fallbacks, clock);
    StoryWriter writer = StageWiring.storyWriter(config, secrets, metrics, stores, fallbacks, texts, feeds, clock);
    this.briefings = new BriefingSelector(stores, queries.ranker(), queries.visibility());

    // the pipeline calling the stages in order
    this.pipeline = StageWiring.pipeline(db, name, ingestion, tracker, writer, pages, metrics, stores, clock);
  }

  /**
   * Builds the core over an open database.
   *
   * @param instanceFeeds the instance's feeds (config/feeds.yaml, re-read when it changes)
   * @param version Herald's version, for the User-Agent
   */
  public static Herald assemble(HeraldConfig config, Secrets secrets, Clock clock, Database db,
      Supplier<List<FeedSource>> instanceFeeds, String version) {
    return assemble(config, secrets, clock, db, instanceFeeds, version,
        config.ops().enabled() ? new MicrometerMetrics() : OpsMetrics.NONE);
  }

  /** {@link #assemble(HeraldConfig, Secrets, Clock, Database, Supplier, String)} reporting to {@code metrics}. */
  public static Herald assemble(HeraldConfig config, Secrets secrets, Clock clock, Database db,
      Supplier<List<FeedSource>> instanceFeeds, String version, OpsMetrics metrics) {
    return new Herald(config, secrets, clock, db, instanceFeeds, version, metrics);
  }

  /**
   * Starts delivery (the feed poller feeding the pipeline's outcomes to the engine, article pages read in the
   * background) and the platform adapters the secrets allow, or the console channel when none is set. Once.
   *
   * @throws ConfigException when a platform's secrets are incomplete or refused
   */
  public synchronized void start(Secrets secrets, PrintWriter out) throws Exception {
    if (platforms != null) throw new IllegalStateException("already started");
    FeedPoller poller = new FeedPoller(feeds::all, pipeline, feedStores.health(), clock);
    DeliveryEngine engine = StageWiring.deliveryEngine(config, db, name, stores, deliveryStores, briefings, feeds,
        poller, metrics, clock);
    // article pages on a worker of their own: a slow site never holds up polling or delivery; the stories whose
    // texts arrive are summarised again, and the cards and alerts showing them follow
    AutoCloseable pages = pipeline.readPagesInBackground(report -> engine.afterRun(ServicePorts.outcome(report)));
    ExecutorService polls = StageWiring.pollNowThread();
    ChatService.Builder chat = chat(ServicePorts.schedules(engine),
        feedIds -> polls.execute(() -> engine.pollNow(feedIds))).delivery(ServicePorts.admin(engine));
    ServicePorts.statusSections(engine).forEach(chat::status);
    platforms = Platforms.start(this, engine, chat, pages, polls, secrets, out);
  }

  /** Whether {@link #start} runs the console channel: no Slack or Discord adapter is configured. */
  public static boolean runsConsole(HeraldConfig config, Secrets secrets) {
    return Platforms.runsConsole(config, secrets);
  }

  /** What {@link #start} started: "Slack (socket mode), Discord (1 shard)". */
  public String describe() {
    return started().describe();
  }

  /**
   * What {@code /herald schedule} tells when a channel's briefing time changes: the running scheduler, which
   * (re)schedules that channel's next briefing.
   */
  public ScheduleListener schedules() {
    return started().schedules();
  }

  /** The console channel, when {@link #start} found no platform to run. */
  public Optional<ConsoleChannel> console() {
    return started().console();
  }

  private synchronized Platforms started() {
    if (platforms == null) throw new IllegalStateException("not started");
    return platforms;
  }

  /** One pipeline run over {@code feeds}, whatever their interval (the offline commands, a demo's feed check). */
  public RunReport run(List<FeedSource> feeds) {
    return pipeline.run(feeds);
  }

  /** The briefing {@code channel} gets at {@code asOf}: stories of the last {@code briefing.window_hours}. */
  public Briefing briefing(Channel channel, Instant asOf) {
    Instant since = asOf.minus(Duration.ofHours(config.briefing().windowHours()));
    return briefings.select(channel, since, asOf, config.briefing().maxStories());
  }

  /** The related stories of each story that a channel's workspace may see, for {@code Views.briefing}. */
  public Function<Long, List<RelatedStory>> relatedFor(Channel channel) {
    return id -> queries.related().of(id, queries.visibility(), channel.key().workspace());
  }

  public HeraldConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public Stores stores() {
    return stores;
  }

  /** The outbox and delivery history (for benchmarks and the ops endpoint's gauges). */
  public OutboxStores deliveryStores() {
    return deliveryStores;
  }

  /** Stories the tracker holds in memory. */
  public int liveStories() {
    return tracker.liveStories();
  }

  Database database() {
    return db;
  }

  /** This process's name among the instances sharing the database. */
  String name() {
    return name;
  }

  OpsMetrics metrics() {
    return metrics;
  }

  /**
   * A chat service builder with the core parts and status sections set; platforms add their own status sections
   * before {@code build()}.
   *
   * @param pollNow asks the poller to read these feeds now ({@code /herald feeds add|check}), off the caller's thread
   */
  public ChatService.Builder chat(ScheduleListener schedules, Consumer<Set<String>> pollNow) {
    return ChatService.builder()
        .stores(stores)
        .settings(new ChatSettings(config.timeZone(), config.briefing().time(), config.briefing().maxStories(),
            Duration.ofHours(config.briefing().windowHours())))
        .finder(queries.finder())
        .ranker(queries.ranker())
        .visibility(queries.visibility())
        .topics(queries.topics())
        .schedules(schedules)
        .feeds(new RegistryFeedAdmin(feeds, queries.topics(), pollNow))
        .status(new FeedsStatus(feeds))
        .status(new FullTextStatus(feeds, texts, config.fullText().enabled()))
        .status(channel -> new InfoView.Block("Summaries", summaryFallbacks.lines()))
        .clock(clock);
  }

  /** Stops what {@link #start} started: article pages, delivery (finishing or releasing in-flight sends), adapters. */
  public synchronized void stop() {
    if (platforms != null) platforms.close();
  }

  @Override
  public void close() {
    stop();
    pipeline.close();
    db.close();
    if (metrics instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // closing meters: nothing left to report to
      }
    }
  }
}
