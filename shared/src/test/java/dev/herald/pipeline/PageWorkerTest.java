package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.articles.fulltext.PageReading;
import dev.herald.digest.StoryWriter;
import dev.herald.feeds.FetchedPage;
import dev.herald.feeds.HttpFeedFetcher;
import dev.herald.feeds.PageFetcher;
import dev.herald.feeds.RobotsFile;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.RunLeaseStore;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import dev.herald.testing.EveryFeedRead;
import dev.herald.testing.MutableClock;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The background page worker over real OkHttp against a local site: it keeps the fetcher's politeness (one request
 * at a time per site, the per-host delay, at most the poll's budget of pages per round), re-summarises through the
 * pipeline, and stops cleanly while a site hangs, leaving the page waiting with no attempt counted.
 */
class PageWorkerTest {
  static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  static final String BODY = "The whole article, with every detail the teaser left out, in several sentences.";

  @StartStop final MockWebServer site = new MockWebServer();
  final MutableClock clock = new MutableClock(T0);
  final Database db = Database.inMemory();
  final Stores stores = Stores.sql(db, clock);
  final ArticleTextStore texts = ArticleTextStore.sql(db);
  final FeedSource feed = FeedSource.of("wire", "Wire", java.net.URI.create("https://wire.example/rss"), List.of());
  final List<Article> batch = new ArrayList<>();
  final List<String> pageRequests = new CopyOnWriteArrayList<>();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger peak = new AtomicInteger();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final CountDownLatch firstPageAsked = new CountDownLatch(1);
  /** Pages answer once this is open. */
  final CountDownLatch siteAnswers = new CountDownLatch(1);
  final BlockingQueue<RunReport> rounds = new LinkedBlockingQueue<>();
  final List<String> summarisedFrom = new CopyOnWriteArrayList<>();
  /** Page fetches that have returned or thrown: none is left hanging once the worker is closed. */
  final AtomicInteger pageCallsEnded = new AtomicInteger();
  Pipeline pipeline;

  final ArticleStage intake = (f, parsed, firstRead, now) -> {
    List<Article> added;
    synchronized (batch) {
      added = List.copyOf(batch);
      batch.clear();
    }
    for (Article a : added) stores.articles().save(a, a.id());
    return new IngestReport(f.id(), added, List.of(), Set.of(), Optional.empty());
  };

  final StoryTracker ownStory = a -> new StoryUpdate(stores.stories().create(a, a.title(), T0), true);

  /** Saves a summary that quotes the story's article text, as the real writer would. */
  final StoryWriter writer = story -> {
    String id = stores.stories().articleIds(story.id()).get(0);
    String text = stores.articles().find(id).orElseThrow().text();
    summarisedFrom.add(text);
    StorySummary s = new StorySummary(story.id(), story.version(), story.title(),
        List.of(new Section("What happened", List.of(new Sentence(text, List.of(1))))),
        List.of(new Source(1, id, "Wire", "", "", "")), "extractive", T0);
    stores.summaries().save(s);
    return Optional.of(s);
  };

  @AfterEach
  void tearDown() {
    siteAnswers.countDown();
    if (pipeline != null) pipeline.close();
    db.close();
  }

  void serve() {
    site.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        if (r.getUrl().encodedPath().equals("/robots.txt")) {
          return new MockResponse.Builder().body("User-agent: *\nAllow: /\n").addHeader("Content-Type", "text/plain")
              .build();
        }
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          pageRequests.add(r.getUrl().encodedPath());
          firstPageAsked.countDown();
          // longer than any wait in the test: only the test (or its teardown) lets the site answer
          if (!siteAnswers.await(5, TimeUnit.MINUTES)) return new MockResponse.Builder().code(504).build();
          Thread.sleep(20); // long enough that an overlapping request to this site would be seen
          return new MockResponse.Builder().body("<p>" + BODY + " " + r.getUrl().encodedPath() + "</p>")
              .addHeader("Content-Type", "text/html; charset=utf-8").build();
        } finally {
          inFlight.decrementAndGet();
        }
      }
    });
  }

  Article teaser(String id) {
    String url = site.url("/news/" + id).toString();
    return new Article(id, "wire", "Wire", "Title " + id, url, url, id, T0, false, T0, "A teaser.", "A teaser.", "",
        "");
  }

  final PageFetcher http = HttpFeedFetcher.builder().userAgent("1.0", "https://herald.example/contact")
      .addressPolicy(InetAddress::isLoopbackAddress).maxBytes(1 << 20).maxConcurrentPerHost(4)
      .readTimeout(Duration.ofMinutes(5)).totalTimeout(Duration.ofMinutes(5)).buildPageFetcher();

  /** The real fetcher, counting the page fetches that ended. */
  PageFetcher counted(PageFetcher real) {
    return new PageFetcher() {
      @Override
      public FetchedPage page(java.net.URI url) throws java.io.IOException {
        try {
          return real.page(url);
        } finally {
          pageCallsEnded.incrementAndGet();
        }
      }

      @Override
      public RobotsFile robots(java.net.URI url) throws java.io.IOException {
        return real.robots(url);
      }

      @Override
      public void cancelAll() {
        real.cancelAll();
      }
    };
  }

  Pipeline pipeline(int pagesPerPoll) {
    return pipeline(pagesPerPoll, null, null);
  }

  /** A pipeline of the instance {@code owner} sharing the database through {@code leases} (null: alone). */
  Pipeline pipeline(int pagesPerPoll, RunLeaseStore leases, String owner) {
    FullTextFetcher pages = FullTextFetcher.builder().articles(stores.articles()).texts(texts)
        .reader(p -> new PageReading(TextReason.PAGE, "", org.jsoup.Jsoup.parse(
            new String(p.body(), StandardCharsets.UTF_8)).text(), "", "", ""))
        .fetchers(f -> counted(http))
        .feeds(id -> Optional.of(feed)).clock(clock).sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .pagesPerPoll(pagesPerPoll).perHostDelay(Duration.ofSeconds(2)).teaserWords(10).threads(4).build();
    return new Pipeline(new EveryFeedRead(), intake, ownStory, writer, stores, clock, 1, leases, owner, pages);
  }

  @Test
  void roundsKeepOneRequestAtATimePerSiteAndThePollsBudget() throws Exception {
    serve();
    for (String id : List.of("a", "b", "c", "d", "e")) batch.add(teaser(id));
    pipeline = pipeline(2);
    pipeline.readPagesInBackground(rounds::add);

    RunReport poll = pipeline.run(List.of(feed));
    assertEquals(5, poll.articlesAdded(), "the poll files its items without waiting for their pages");
    assertEquals(5, poll.summaries().size());
    assertTrue(firstPageAsked.await(20, TimeUnit.SECONDS));
    // more polls while the site is slow: they finish at once, and their wakes wait for the round in progress
    assertEquals(0, pipeline.run(List.of(feed)).articlesAdded());
    assertEquals(0, pipeline.run(List.of(feed)).articlesAdded());
    siteAnswers.countDown();

    RunReport first = rounds.poll(20, TimeUnit.SECONDS);
    assertEquals(2, first.pages().requests(), "at most pages_per_poll pages a round");
    assertEquals(List.of("a", "b"), first.pages().textChanged());
    assertEquals(3, first.pages().waiting());
    assertEquals(2, first.summaries().size(), "the two stories are summarised again from their pages");
    RunReport second = rounds.poll(20, TimeUnit.SECONDS);
    assertEquals(2, second.pages().requests());
    assertEquals(1, second.pages().waiting());
    pipeline.run(List.of(feed)); // the next poll's round reads the last one
    RunReport third = rounds.poll(20, TimeUnit.SECONDS);
    assertEquals(1, third.pages().requests());
    assertEquals(0, third.pages().waiting());

    assertEquals(5, pageRequests.size(), "each page once: " + pageRequests);
    assertEquals(1, peak.get(), "one request at a time to the site");
    assertTrue(sleeps.size() >= 4 && sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(2)) <= 0
        && !d.isNegative()), "requests spaced by the per-host delay: " + sleeps);
    for (String id : List.of("a", "b", "c", "d", "e")) {
      assertEquals(TextReason.PAGE, texts.find(id).orElseThrow().reason(), id);
      long story = stores.stories().storyOf(id).orElseThrow();
      assertEquals(2, stores.stories().find(story).orElseThrow().version(), "one new version for the page's text");
      assertTrue(stores.summaries().latest(story).orElseThrow().sections().get(0).sentences().get(0).text()
          .startsWith(BODY), id);
    }
  }

  @Test
  void instancesSharingADatabaseReadPagesOneAtATime() throws Exception {
    serve();
    batch.add(teaser("a"));
    RunLeaseStore leases = RunLeaseStore.sql(db);
    pipeline = pipeline(10, leases, "one");
    pipeline.readPagesInBackground(rounds::add);
    pipeline.run(List.of(feed));
    assertTrue(firstPageAsked.await(20, TimeUnit.SECONDS), "instance one is reading a's page");

    BlockingQueue<RunReport> twosRounds = new LinkedBlockingQueue<>();
    try (Pipeline two = pipeline(10, leases, "two")) {
      PageWorker twos = (PageWorker) two.readPagesInBackground(twosRounds::add);
      assertEquals(0, two.run(List.of(feed)).articlesAdded()); // wakes two's worker while one holds the page lease
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (twos.rounds() == 0 && System.nanoTime() < end) Thread.sleep(10);
      assertEquals(1, twos.rounds(), "two's worker had its round");
    }
    assertEquals(List.of("/news/a"), pageRequests, "instance two left the page to instance one");
    assertTrue(twosRounds.isEmpty());

    siteAnswers.countDown();
    RunReport round = rounds.poll(20, TimeUnit.SECONDS);
    assertEquals(List.of("a"), round.pages().textChanged());
    assertEquals(1, round.summaries().size(), "re-summarised under the pipeline lease");
  }

  @Test
  void closingStopsTheWorkerWhileASiteHangsAndThePageStaysWaiting() throws Exception {
    serve();
    batch.add(teaser("a"));
    pipeline = pipeline(10);
    AutoCloseable worker = pipeline.readPagesInBackground(rounds::add);
    pipeline.run(List.of(feed));
    assertTrue(firstPageAsked.await(20, TimeUnit.SECONDS), "the worker is waiting for the site");

    worker.close(); // the site still has not answered: the request is cancelled

    assertTrue(((PageWorker) worker).terminated(), "the worker's thread has ended");
    assertEquals(1, pageCallsEnded.get(), "the hanging request was cancelled, not left to its 5-minute timeout");
    TextChoice a = texts.find("a").orElseThrow();
    assertEquals(TextReason.WAITING, a.reason(), "the page waits for the next start");
    assertEquals(0, a.attempts(), "shutting down is not a failed attempt");
    assertEquals("A teaser.", stores.articles().find("a").orElseThrow().text());
    assertTrue(rounds.isEmpty() || rounds.peek().summaries().isEmpty(), "nothing arrived, nothing re-summarised");

    // later polls (the scheduler finishing its last tick) still run, and never wake a closed worker
    siteAnswers.countDown();
    batch.add(teaser("b"));
    assertEquals(1, pipeline.run(List.of(feed)).articlesAdded());
    assertEquals(List.of("/news/a"), pageRequests, "no request after close");
    assertEquals(TextReason.WAITING, texts.find("b").orElseThrow().reason());
  }
}
