package dev.herald.bot;

import dev.herald.threads.DaemonThreads;
import dev.herald.articles.ArticleStage;
import dev.herald.articles.fulltext.ExtractorPageReader;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.bot.ops.MeteredArticleStage;
import dev.herald.bot.ops.MeteredFeedFetcher;
import dev.herald.bot.ops.MeteredStoryWriter;
import dev.herald.bot.ops.OpsMetrics;
import dev.herald.chat.TopicDirectory;
import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.TopicsConfig;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.digest.BriefingSelector;
import dev.herald.digest.CheckedStoryWriter;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.digest.LlmSummarizer;
import dev.herald.digest.StoryWriter;
import dev.herald.digest.Summarizer;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FeedRegistry;
import dev.herald.feeds.PageFetchers;
import dev.herald.feeds.RoutingFeedFetcher;
import dev.herald.model.FeedSource;
import dev.herald.model.Topic;
import dev.herald.pipeline.FeedIngestion;
import dev.herald.pipeline.FeedPoller;
import dev.herald.pipeline.Pipeline;
import dev.herald.runtime.ServicePorts;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.OutboxStores;
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
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * How {@link Herald} builds each stage's services, one small factory per stage in the order data flows through them:
 * feeds, articles (and their pages), stories (filing, then the read side chat and briefings use), digest, the
 * pipeline that runs them, then delivery. Only {@link Herald}
 * calls these; nothing here keeps state.
 */
final class StageWiring {
  /** Feeds fetched at once; per-host limits apply inside the fetcher. */
  private static final int FETCH_THREADS = 4;

  private StageWiring() {}

  /** This process's name among instances sharing a database: JVM name (pid@host) and a random suffix. */
  static String instanceName() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "-"
        + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /** Stages 1 and 2: reading feeds (metered fetches, backoff in the feeds' health) and storing their items. */
  static FeedIngestion feedIngestion(HeraldConfig config, String version, OpsMetrics metrics, Stores stores,
      FeedStores feedStores, ArticleTextStore texts, Clock clock) {
    return FeedIngestion.builder()
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
  }

  /** Stage 2's article pages: the full text behind teasers, within each poll's budget. */
  static FullTextFetcher articlePages(HeraldConfig config, String version, OpsMetrics metrics, Stores stores,
      ArticleTextStore texts, FeedRegistry feeds, Clock clock) {
    HeraldConfig.FullText fullText = config.fullText();
    return FullTextFetcher.builder()
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
  }

  /** Stage 3's topic tags: the topics of config/topics.yaml (none without it), and each feed's own topics. */
  static TopicTagger topicTagger(HeraldConfig config, FeedRegistry feeds) {
    List<Topic> configured = TopicsConfig.loadIfPresent(config.home(), config.home().resolve(FeedsConfig.TOPICS_FILE));
    return new TopicTagger(configured, feedId -> feeds.all().stream().filter(f -> f.id().equals(feedId)).findFirst()
        .map(FeedSource::topics).orElse(List.of()));
  }

  /** Stage 3: files articles into stories, its live index rebuilt from the store. */
  static OnlineStoryTracker storyTracker(HeraldConfig config, Stores stores, StorySearchStore search,
      TopicTagger tagger, Clock clock) {
    OnlineStoryTracker tracker = new OnlineStoryTracker(stores.stories(), stores.articles(), search, tagger,
        ClusterSettings.defaults().withWindow(Duration.ofHours(config.stories().windowHours())), clock);
    tracker.rebuild();
    return tracker;
  }

  /** Stage 3's read side, what chat and briefings ask of stories. */
  record StoryQueries(StoryRanker ranker, StoryFinder finder, StoryVisibility visibility, RelatedStories related,
      TopicDirectory topics) {}

  /**
   * Stage 3's read side: stories ranked by coverage, found by query or topic (the tagger's topics and the instance
   * feeds' at start-up), visible to a workspace when it sees one of their feeds, and their related stories.
   */
  static StoryQueries storyQueries(Stores stores, StorySearchStore search, TopicTagger tagger,
      List<FeedSource> instanceFeeds, FeedRegistry feeds, Clock clock) {
    StoryRanker ranker = new CoverageStoryRanker();
    SortedSet<String> topicNames = new TreeSet<>(tagger.topicNames());
    instanceFeeds.forEach(f -> topicNames.addAll(f.topics()));
    StoryVisibility visibility = new FeedScopeVisibility(stores.stories(), stores.articles(),
        workspace -> feeds.visibleTo(workspace).stream().map(FeedSource::id).collect(Collectors.toSet()));
    return new StoryQueries(ranker, new ArchiveStoryFinder(stores.stories(), search, ranker, topicNames, clock),
        visibility, new RelatedStories(stores.stories(), stores.summaries()), () -> new TreeSet<>(topicNames));
  }

  /** Stage 4: writes and checks story summaries (the LLM's when configured, else extractive), metered. */
  static StoryWriter storyWriter(HeraldConfig config, Secrets secrets, OpsMetrics metrics, Stores stores,
      SummaryFallbackStore fallbacks, ArticleTextStore texts, FeedRegistry feeds, Clock clock) {
    HeraldConfig.Summary summary = config.summary();
    Summarizer summarizer = summary.summarizer().equals("llm")
        ? LlmSummarizer.create(new OkHttpClient.Builder().eventListenerFactory(metrics.httpClient("llm")).build(),
            summary.llm(), secrets.get(summary.llm().apiKeyEnv()).orElse(""), fallbacks::record, clock)
        : new ExtractiveSummarizer();
    return new MeteredStoryWriter(new CheckedStoryWriter(stores.stories(), stores.articles(), stores.summaries(),
        new CheckedSummarizer(summarizer, summary.maxWords()), clock, texts, feeds.scopes()),
        summary.summarizer(), metrics);
  }

  /**
   * The pipeline calling stages 1 to 4 in order. On PostgreSQL other instances may share the database: one pipeline
   * run at a time across all of them, under {@code name}'s lease.
   */
  static Pipeline pipeline(Database db, String name, FeedIngestion ingestion, OnlineStoryTracker tracker,
      StoryWriter writer, FullTextFetcher pages, OpsMetrics metrics, Stores stores, Clock clock) {
    ArticleStage articles = new MeteredArticleStage(ingestion.articles(), metrics);
    return db.vendor() == Database.Vendor.POSTGRESQL
        ? new Pipeline(ingestion.feeds(), articles, tracker, writer, stores, clock, FETCH_THREADS,
            RunLeaseStore.sql(db), name, pages)
        : new Pipeline(ingestion.feeds(), articles, tracker, writer, stores, clock, FETCH_THREADS, null, null, pages);
  }

  /** Delivery: schedules, alerts and the outbox, polling feeds through {@code poller}. */
  static DeliveryEngine deliveryEngine(HeraldConfig config, Database db, String name, Stores stores,
      OutboxStores deliveryStores, BriefingSelector briefings, FeedRegistry feeds, FeedPoller poller,
      OpsMetrics metrics, Clock clock) {
    return DeliveryEngine.builder()
        .stores(stores)
        .deliveryStores(deliveryStores)
        .database(db)
        .briefings(briefings)
        .feeds(feeds::all)
        .polls(feedIds -> poller.tick(feedIds).map(ServicePorts::outcome))
        .settings(DeliverySettings.from(config))
        .clock(clock)
        .owner(name)
        .metrics(metrics)
        .build();
  }

  /** The thread that runs {@code /herald feeds add|check}'s polls off the chat's thread. */
  static ExecutorService pollNowThread() {
    return Executors.newSingleThreadExecutor(DaemonThreads.named("herald-poll-now"));
  }
}
