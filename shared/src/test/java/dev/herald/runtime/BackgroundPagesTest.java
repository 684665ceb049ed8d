package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.ExtractorPageReader;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.digest.CheckedStoryWriter;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.feeds.HttpFeedFetcher;
import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.model.TextReason;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.RunReport;
import dev.herald.render.StoryView;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import dev.herald.testing.Await;
import dev.herald.testing.EveryFeedRead;
import dev.herald.testing.MutableClock;
import dev.herald.testing.RecordingPublisher;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the running service article pages are read by a worker of their own: a feed poll stores its items, files and
 * summarises them from the feed's teaser, and delivers (here an alert) while the article's site has not answered yet;
 * when the page arrives its story is summarised again from the article text and the posted card is edited in place,
 * citing the same numbers. Real SQLite file, real OkHttp against a local site, the real extractor and summariser.
 */
class BackgroundPagesTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  static final String TEASER = "Rail workers began a 48-hour national strike on Thursday.";
  static final String WIRE = "Rail workers walked out across the country on Thursday, halting most intercity trains "
      + "and leaving commuters to crowd onto buses and regional services. The transport ministry said it would seek "
      + "talks with both sides before the weekend, while the operator warned that disruption could continue into "
      + "next week if no agreement is reached.";
  static final List<String> PAGE = List.of(
      "Members of the Rail and Transport Workers' Union began a 48-hour strike at 04:00 on Thursday, cancelling "
          + "about 80 percent of intercity services across the country, according to the national operator.",
      "The union is demanding a 6 percent pay rise for its 40,000 members, while the operator has offered 3.2 "
          + "percent spread over two years, and says anything more would force fare increases next spring.",
      "Talks between the two sides are due to resume on Monday in the capital, the labour ministry said in a "
          + "statement, adding that it had offered to appoint an independent mediator if both sides agreed.",
      "Commuter groups said the stoppage had left thousands of people without a way to reach work, and called on "
          + "the government to guarantee a minimum level of service during future strikes on the network.");

  @TempDir java.nio.file.Path dir;
  @StartStop final MockWebServer site = new MockWebServer();
  final MutableClock clock = new MutableClock(T);
  final CountDownLatch pageAsked = new CountDownLatch(1);
  final CountDownLatch pageAnswers = new CountDownLatch(1);
  final BlockingQueue<RunReport> rounds = new LinkedBlockingQueue<>();
  Database db;
  Pipeline pipeline;
  DeliveryEngine delivery;

  @AfterEach
  void close() {
    pageAnswers.countDown();
    if (delivery != null) delivery.stop();
    if (pipeline != null) pipeline.close();
    if (db != null) db.close();
  }

  static String articlePage() {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><title>Rail strike begins</title>"
        + "<meta property='og:site_name' content='Rail News Online'></head><body><nav><a href='/'>Home</a> "
        + "<a href='/news'>News</a></nav><article><h1>Rail workers begin 48-hour national strike</h1>");
    for (String p : PAGE) b.append("<p>").append(p).append("</p>");
    return b.append("</article><footer>Copyright Rail News</footer></body></html>").toString();
  }

  @Test
  void aPollDeliversBeforeTheSiteAnswersAndThePageRevisesThePostedCard() throws Exception {
    site.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        if (r.getUrl().encodedPath().equals("/robots.txt")) {
          return new MockResponse.Builder().body("User-agent: *\nAllow: /\n").addHeader("Content-Type", "text/plain")
              .build();
        }
        pageAsked.countDown();
        // the site hangs until the test lets it answer
        if (!pageAnswers.await(30, TimeUnit.SECONDS)) return new MockResponse.Builder().code(504).build();
        return new MockResponse.Builder().body(articlePage()).addHeader("Content-Type", "text/html; charset=utf-8")
            .build();
      }
    });
    db = Database.open(dir.resolve("herald.db"));
    Stores stores = Stores.sql(db, clock);
    ArticleTextStore texts = ArticleTextStore.sql(db);
    ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");
    stores.channels().save(Channel.of(channel, ZoneId.of("Asia/Seoul")));
    stores.channels().subscribe(new Subscription(channel, "transport", T));
    FeedSource rail = FeedSource.of("rail-news", "Rail News", URI.create("https://rail.example/feed"),
        List.of("transport"));
    FeedSource wire = FeedSource.of("wire", "Wire", URI.create("https://wire.example/feed"), List.of("transport"));
    String pageUrl = site.url("/news/strike").toString();
    Article teaser = new Article("a1", "rail-news", "Rail News", "Rail workers begin 48-hour national strike",
        pageUrl, pageUrl, "a1", T, false, T, TEASER, TEASER, "", "");
    Article full = new Article("a2", "wire", "Wire", "Rail strike halts intercity trains", "https://wire.example/a2",
        "https://wire.example/a2", "a2", T.plusSeconds(60), false, T.plusSeconds(60), WIRE, WIRE, "", "");

    Deque<Article> arriving = new ArrayDeque<>(List.of(teaser, full));
    ArticleStage intake = (feed, parsed, firstRead, now) -> {
      synchronized (arriving) {
        List<Article> mine = arriving.stream().filter(a -> a.feedId().equals(feed.id())).toList();
        arriving.removeAll(mine);
        for (Article a : mine) stores.articles().save(a, a.id());
        return new IngestReport(feed.id(), mine, List.of(), mine.stream().map(Article::id)
            .collect(Collectors.toSet()), Optional.empty());
      }
    };
    StoryTracker oneStory = a -> {
      List<Story> open = stores.stories().activeSince(T.minus(Duration.ofDays(1)));
      Story s = open.isEmpty() ? stores.stories().create(a, a.title(), clock.instant())
          : stores.stories().addArticle(open.get(0).id(), a, clock.instant());
      stores.stories().setTopics(s.id(), List.of("transport"));
      return new StoryUpdate(s, open.isEmpty());
    };
    CheckedStoryWriter writer = new CheckedStoryWriter(stores.stories(), stores.articles(), stores.summaries(),
        new CheckedSummarizer(new ExtractiveSummarizer(), 120), clock, texts);
    FullTextFetcher pages = FullTextFetcher.builder().articles(stores.articles()).texts(texts)
        .reader(new ExtractorPageReader())
        .fetchers(f -> HttpFeedFetcher.builder().userAgent("1.0", "https://herald.example/contact")
            .addressPolicy(InetAddress::isLoopbackAddress).maxBytes(1 << 20).maxConcurrentPerHost(1)
            .readTimeout(Duration.ofMinutes(5)).totalTimeout(Duration.ofMinutes(5)).buildPageFetcher())
        .feeds(id -> Optional.of(id.equals("wire") ? wire : rail))
        .clock(clock).sleeper(clock::advance).teaserWords(40).build();
    pipeline = new Pipeline(new EveryFeedRead(), intake, oneStory, writer, stores, clock, 2, null, null, pages);
    RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    delivery = TestService.engine(db, stores, pipeline, () -> List.of(rail, wire),
        DeliverySettings.defaults().withLimits(Platform.SLACK, DeliverySettings.Limits.NONE), clock);
    delivery.addPublisher(slack);
    // as the service wires it (Herald.start): what a round re-summarises goes to delivery
    pipeline.readPagesInBackground(report -> {
      delivery.afterRun(ServicePorts.outcome(report));
      rounds.add(report);
    });
    delivery.start();
    delivery.poll();

    // the worker is now waiting for the site, and the poll has been delivered all the same
    assertTrue(pageAsked.await(20, TimeUnit.SECONDS), "the page was asked for");
    Await.until(() -> slack.posts().size() == 1);
    assertEquals(1, pageAnswers.getCount(), "the site has not answered yet");
    assertEquals(TEASER, stores.articles().find("a1").orElseThrow().text(), "the poll's items are stored");
    assertEquals(TextReason.WAITING, texts.find("a1").orElseThrow().reason());
    StoryView alert = (StoryView) slack.posts().get(0).view();
    assertEquals(Optional.of("New on transport"), alert.banner());
    int shown = alert.version(); // two articles joined: version 2
    assertFalse(text(alert.sections()).contains("6 percent pay rise"), text(alert.sections()));
    assertTrue(rounds.isEmpty(), "no page round has finished");

    pageAnswers.countDown();
    RunReport round = rounds.poll(20, TimeUnit.SECONDS);
    assertEquals(List.of("a1"), round.pages().textChanged());
    assertEquals(1, round.summaries().size());
    Await.until(() -> slack.edits().size() == 1);

    long story = alert.storyId();
    StorySummary before = stores.summaries().find(story, shown).orElseThrow();
    StorySummary after = stores.summaries().latest(story).orElseThrow();
    assertEquals(shown + 1, after.storyVersion(), "the page's text is a new version of the same story");
    assertEquals(TextReason.PAGE, texts.find("a1").orElseThrow().reason());
    String written = text(after.sections());
    assertTrue(written.contains("The union is demanding a 6 percent pay rise for its 40,000 members"), written);
    assertFalse(written.contains(TEASER), "summarised from the article, not its teaser: " + written);
    assertEquals(numbers(before), numbers(after), "each article keeps its citation number");
    assertEquals(Map.of(1, "a1", 2, "a2"), numbers(after));
    for (Section s : after.sections()) {
      for (Sentence sentence : s.sentences()) {
        assertTrue(Set.of(1, 2).containsAll(sentence.citations()), sentence.toString());
      }
    }
    StoryView edited = (StoryView) slack.edits().get(0).view();
    assertEquals(slack.posts().get(0).messageId(), slack.edits().get(0).messageId(), "the alert is edited in place");
    assertEquals(shown + 1, edited.version());
    assertEquals(after.sections(), edited.sections());
    assertTrue(edited.change().isPresent() && !edited.change().get().contains("more article"),
        "the card says its summary changed, not that articles were added: " + edited.change());
    assertEquals(1, slack.posts().size(), "a revised text edits; it does not alert again");
  }

  static String text(List<Section> sections) {
    return sections.stream().flatMap(s -> s.sentences().stream()).map(Sentence::text)
        .collect(Collectors.joining(" "));
  }

  static Map<Integer, String> numbers(StorySummary s) {
    return s.sources().stream().collect(Collectors.toMap(Source::n, Source::articleId, (a, b) -> a, TreeMap::new));
  }
}
