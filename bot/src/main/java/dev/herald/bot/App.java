package dev.herald.bot;

import dev.herald.articles.FeedIngestion;
import dev.herald.articles.FeedIngestor;
import dev.herald.articles.fulltext.ExtractorPageReader;
import dev.herald.articles.fulltext.FullTextCounts;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.bot.ops.MeteredFeedFetcher;
import dev.herald.bot.ops.MeteredIngestor;
import dev.herald.bot.ops.MeteredStoryWriter;
import dev.herald.bot.ops.MicrometerMetrics;
import dev.herald.bot.ops.OpsMetrics;
import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSettings;
import dev.herald.chat.FeedsStatus;
import dev.herald.chat.RegistryFeedAdmin;
import dev.herald.chat.ScheduleListener;
import dev.herald.chat.TopicDirectory;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.TopicsConfig;
import dev.herald.digest.BriefingBuilder;
import dev.herald.digest.CheckedStoryWriter;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.digest.FallbackStatus;
import dev.herald.digest.LlmSummarizer;
import dev.herald.digest.StoryWriter;
import dev.herald.digest.Summarizer;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FeedRegistry;
import dev.herald.feeds.PageFetchers;
import dev.herald.feeds.RoutingFeedFetcher;
import dev.herald.model.Channel;
import dev.herald.model.FeedSource;
import dev.herald.model.RelatedStory;
import dev.herald.model.TextReason;
import dev.herald.model.Topic;
import dev.herald.pipeline.Pipeline;
import dev.herald.render.InfoView;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.RunLeaseStore;
import dev.herald.store.Stores;
import dev.herald.store.StorySearchStore;
import dev.herald.store.SummaryFallbackStore;
import dev.herald.stories.ArchiveStoryFinder;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.CoverageStoryRanker;
import dev.herald.stories.FeedScopeVisibility;
import dev.herald.stories.OnlineStoryTracker;
import dev.herald.stories.RelatedStories;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryRanker;
import dev.herald.stories.StoryVisibility;
import dev.herald.stories.TopicTagger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * The composition root: every service of one Herald instance, built by hand in one place, in stage order. Platform
 * adapters and delivery are added on top by the commands that need them ({@code run}, {@code demo}); nothing else
 * constructs core services.
 */
public final class App implements AutoCloseable {
  /** Feeds fetched at once; per-host limits apply inside the fetcher. */
  private static final int FETCH_THREADS = 4;

  public final HeraldConfig config;
  public final Clock clock;
  public final Database db;
  public final Stores stores;
  public final FeedStores feedStores;
  public final FeedRegistry feeds;
  public final FeedIngestion ingestion;
  public final OnlineStoryTracker tracker;
  public final Pipeline pipeline;
  public final StoryRanker ranker;
  public final StoryFinder finder;
  public final StoryVisibility visibility;
  /** The "Related:" stories of cards, source lists and lookups. */
  public final RelatedStories related;
  public final TopicDirectory topics;
  public final BriefingBuilder briefings;
  public final FallbackStatus summaryFallbacks;
  /** Which text each article is summarised from, and why (full article text). */
  public final ArticleTextStore texts;
  /** Herald's meters: Micrometer's when the ops endpoint is on, else nothing. */
  public final OpsMetrics metrics;
  private final FullTextFetcher pages;

  /** The related stories of each story that a channel's workspace may see, for {@code Views.briefing}. */
  public Function<Long, List<RelatedStory>> relatedFor(Channel channel) {
    return id -> related.of(id, visibility, channel.key().workspace());
  }

  private App(HeraldConfig config, Secrets secrets, Clock clock, Database db, Supplier<List<FeedSource>> instanceFeeds,
      String version, OpsMetrics metrics) {
    this.config = config;
    this.clock = clock;
    this.db = db;
    this.metrics = metrics;
    metrics.bindPool(db);
    this.stores = Stores.sql(db, clock);
    this.feedStores = FeedStores.sql(db, clock);

    // feeds -> articles
    this.feeds = new FeedRegistry(instanceFeeds, feedStores.feeds(), feedStores.health(),
        config.fetch().allowPrivateAddresses());
    this.texts = ArticleTextStore.sql(db);
    this.ingestion = FeedIngestion.builder()
        .fetcher(new MeteredFeedFetcher(RoutingFeedFetcher.fromConfig(config.fetch(), version,
            metrics.httpClient("feeds")), metrics))
        .parser(new FeedParser(config.fetch().maxFeedBytes()))
        .articles(stores.articles())
        .fingerprints(feedStores.fingerprints())
        .health(feedStores.health())
        .clock(clock)
        .maxConsecutiveFailures(config.fetch().maxConsecutiveFailures())
        .alertMaxAge(Duration.ofHours(config.fetch().alertMaxAgeHours()))
        .texts(texts)
        .build();
    HeraldConfig.FullText fullText = config.fullText();
    this.pages = FullTextFetcher.builder()
        .articles(stores.articles())
        .texts(texts)
        .reader(new ExtractorPageReader())
        .fetchers(PageFetchers.fromConfig(config.fetch(), fullText, version, metrics.httpClient("pages")))
        .feeds(id -> feeds.all().stream().filter(f -> f.id().equals(id)).findFirst())
        .clock(clock)
        .enabled(fullText.enabled())
        .teaserWords(fullText.teaserWords())
        .pagesPerPoll(fullText.pagesPerPoll())
        .timePerPoll(Duration.ofSeconds(fullText.secondsPerPoll()))
        .perHostDelay(Duration.ofSeconds(fullText.perHostDelaySeconds()))
        .build();

    // stories
    List<Topic> configured = TopicsConfig.loadIfPresent(config.home(), config.home().resolve("config/topics.yaml"));
    TopicTagger tagger = new TopicTagger(configured, this::feedTopics);
    StorySearchStore search = StorySearchStore.sql(db);
    this.tracker = new OnlineStoryTracker(stores.stories(), stores.articles(), search, tagger,
        ClusterSettings.defaults().withWindow(Duration.ofHours(config.stories().windowHours())), clock);
    this.tracker.rebuild();
    this.ranker = new CoverageStoryRanker();
    SortedSet<String> topicNames = new TreeSet<>(tagger.topicNames());
    instanceFeeds.get().forEach(f -> topicNames.addAll(f.topics()));
    this.topics = () -> new TreeSet<>(topicNames);
    this.finder = new ArchiveStoryFinder(stores.stories(), search, ranker, topicNames, clock);
    this.visibility = new FeedScopeVisibility(stores.stories(), stores.articles(),
        workspace -> feeds.visibleTo(workspace).stream()
        .map(FeedSource::id).collect(Collectors.toSet()));
    this.related = new RelatedStories(stores.stories(), stores.summaries());

    // digest
    SummaryFallbackStore fallbacks = SummaryFallbackStore.sql(db);
    this.summaryFallbacks = new FallbackStatus(fallbacks, clock);
    HeraldConfig.Summary summary = config.summary();
    Summarizer summarizer = summary.summarizer().equals("llm")
        ? LlmSummarizer.create(new OkHttpClient.Builder().eventListenerFactory(metrics.httpClient("llm")).build(),
            summary.llm(),
            secrets.get(summary.llm().apiKeyEnv()).orElse(""), fallbacks::record, clock)
        : new ExtractiveSummarizer();
    StoryWriter writer = new MeteredStoryWriter(new CheckedStoryWriter(stores.stories(), stores.articles(),
        stores.summaries(), new CheckedSummarizer(summarizer, summary.maxWords()), clock, texts, feeds.scopes()),
        summary.summarizer(), metrics);
    this.briefings = new BriefingBuilder(stores, ranker, visibility);

    // on PostgreSQL other instances may share the database: one pipeline run at a time across all of them
    FeedIngestor metered = new MeteredIngestor(ingestion, metrics);
    this.pipeline = db.vendor() == Database.Vendor.POSTGRESQL
        ? new Pipeline(metered, tracker, writer, stores, clock, FETCH_THREADS, RunLeaseStore.sql(db), instanceName(),
            pages)
        : new Pipeline(metered, tracker, writer, stores, clock, FETCH_THREADS, null, null, pages);
  }

  /**
   * Builds the core over an open database.
   *
   * @param instanceFeeds the instance's feeds (config/feeds.yaml, re-read when it changes)
   * @param version Herald's version, for the User-Agent
   */
  public static App assemble(HeraldConfig config, Secrets secrets, Clock clock, Database db,
      Supplier<List<FeedSource>> instanceFeeds, String version) {
    return assemble(config, secrets, clock, db, instanceFeeds, version,
        config.ops().enabled() ? new MicrometerMetrics() : OpsMetrics.NONE);
  }

  /** {@link #assemble(HeraldConfig, Secrets, Clock, Database, Supplier, String)} reporting to {@code metrics}. */
  public static App assemble(HeraldConfig config, Secrets secrets, Clock clock, Database db,
      Supplier<List<FeedSource>> instanceFeeds, String version, OpsMetrics metrics) {
    return new App(config, secrets, clock, db, instanceFeeds, version, metrics);
  }

  /** This process's name among instances sharing a database: JVM name (pid@host) and a random suffix. */
  private static String instanceName() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "-"
        + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  private List<String> feedTopics(String feedId) {
    return feeds.all().stream().filter(f -> f.id().equals(feedId)).findFirst().map(FeedSource::topics)
        .orElse(List.of());
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
        .finder(finder)
        .ranker(ranker)
        .visibility(visibility)
        .topics(topics)
        .schedules(schedules)
        .feeds(new RegistryFeedAdmin(feeds, topics, pollNow))
        .status(new FeedsStatus(feeds))
        .status(channel -> new InfoView.Block("Full text", fullTextLines(feeds.visibleTo(channel.workspace()))))
        .status(channel -> new InfoView.Block("Summaries", summaryFallbacks.lines()))
        .clock(clock);
  }

  /** Per feed, which text its articles are summarised from: "Harbor Times: 12 from their pages, ...". */
  public List<String> fullTextLines(List<FeedSource> visible) {
    Map<String, Map<TextReason, Integer>> counts = texts.countsByFeed();
    List<String> lines = new ArrayList<>();
    for (FeedSource f : visible) {
      String line = FullTextCounts.describe(counts.getOrDefault(f.id(), Map.of()));
      if (!line.isEmpty()) lines.add(f.name() + ": " + line);
    }
    if (lines.isEmpty()) lines.add(config.fullText().enabled() ? "no article pages read yet" : "switched off");
    return lines;
  }

  @Override
  public void close() {
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
