package dev.herald.articles.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.IngestReport;
import dev.herald.feeds.HttpFeedFetcher;
import dev.herald.feeds.PageFetcher;
import dev.herald.model.Article;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.FullTextMode;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.testing.MutableClock;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dns;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the pages behind teasers through real OkHttp against a local site, on a real SQLite store. */
class FullTextFetcherTest {
  static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  static final String TEASER = "Rail workers began a 48-hour strike on Thursday.";
  static final String BODY = "Members of the Rail and Transport Workers' Union began a 48-hour strike at 04:00 on "
      + "Thursday, cancelling about 80 percent of intercity services.\n\nThe union is demanding a 6 percent pay rise, "
      + "while the operator has offered 3.2 percent, and talks are due on Monday in the capital.";

  @StartStop final MockWebServer site = new MockWebServer();
  final Map<String, MockResponse> pages = new java.util.concurrent.ConcurrentHashMap<>();
  final List<String> requested = new CopyOnWriteArrayList<>();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger peak = new AtomicInteger();
  final MutableClock clock = new MutableClock(T0);
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  Database db;
  Stores stores;
  ArticleTextStore texts;
  FeedSource feed;

  /** The extractor's stand-in: a page with class "paywall" is a paywall; otherwise its paragraphs are the article. */
  static final PageReader READER = page -> {
    var doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
    String site = doc.select("meta[property=og:site_name]").attr("content");
    if (!doc.select(".paywall").isEmpty()) return new PageReading(TextReason.PAYWALL, "subscribe", "", site, "", "");
    String text = doc.select("p").eachText().stream().collect(Collectors.joining("\n\n"));
    return new PageReading(TextReason.PAGE, "", text, site, "https://img.example/lead.jpg", "A. Writer");
  };

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    stores = Stores.sql(db, clock);
    texts = ArticleTextStore.sql(db);
    feed = new FeedSource("rail", "Rail News", site.url("/rss").uri(), List.of(), FeedScope.INSTANCE,
        Duration.ofMinutes(10), FullTextMode.AUTO);
    robots("User-agent: *\nDisallow: /paid/\n");
    site.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          Thread.sleep(20); // long enough that an overlapping request would be seen
          requested.add(r.getUrl().encodedPath());
          return pages.getOrDefault(r.getUrl().encodedPath(), new MockResponse.Builder().code(404).build());
        } finally {
          inFlight.decrementAndGet();
        }
      }
    });
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  void robots(String rules) {
    pages.put("/robots.txt", new MockResponse.Builder().body(rules).addHeader("Content-Type", "text/plain").build());
  }

  void page(String path, String html) {
    pages.put(path, new MockResponse.Builder().body(html).addHeader("Content-Type", "text/html; charset=utf-8")
        .build());
  }

  static String article(String... paragraphs) {
    StringBuilder b = new StringBuilder("<html><head><meta property='og:site_name' content='Rail News Online'>"
        + "</head><body><nav>Home</nav>");
    for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
    return b.append("</body></html>").toString();
  }

  Article stored(String id, String path, String text) {
    Article a = new Article(id, "rail", "Rail News", "Title " + id, site.url(path).toString(),
        site.url(path).toString(), id, T0, false, T0, text, text, "", "");
    stores.articles().save(a, "key-" + id);
    return a;
  }

  FullTextFetcher.Builder fetcher(PageFetcher pagesOverHttp) {
    return FullTextFetcher.builder().articles(stores.articles()).texts(texts).reader(READER)
        .fetchers(f -> pagesOverHttp).feeds(id -> id.equals(feed.id()) ? Optional.of(feed) : Optional.empty())
        .clock(clock).sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .teaserWords(40).perHostDelay(Duration.ofSeconds(2));
  }

  PageFetcher http(Dns dns) {
    return HttpFeedFetcher.builder().userAgent("1.0", "https://herald.example/contact")
        .addressPolicy(InetAddress::isLoopbackAddress).dns(dns).maxBytes(32 * 1024).buildPageFetcher();
  }

  PageFetcher http() {
    return http(Dns.SYSTEM);
  }

  static IngestReport added(Article... articles) {
    return new IngestReport("rail", List.of(articles), List.of(), Set.of(), Optional.empty());
  }

  TextChoice choice(String id) {
    return texts.find(id).orElseThrow();
  }

  @Test
  void aTeasersPageReplacesItsTextAndTheFeedTextIsKeptAside() {
    page("/strike", article(BODY.split("\n\n")));
    Article a = stored("a1", "/strike", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      assertEquals(Map.of(TextReason.WAITING, 1), f.plan(List.of(added(a))));
      FullTextReport r = f.fetchWaiting();
      assertEquals(List.of("a1"), r.textChanged());
      assertEquals(1, r.requests());
    }
    assertEquals(BODY, stores.articles().find("a1").orElseThrow().text());
    TextChoice c = choice("a1");
    assertEquals(TextReason.PAGE, c.reason());
    assertEquals(TEASER, c.feedText());
    assertEquals("Rail News Online", c.siteName());
    assertEquals("https://img.example/lead.jpg", c.imageUrl());
    assertEquals(List.of("/robots.txt", "/strike"), requested);
  }

  @Test
  void aWholeArticleInTheFeedNeedsNoPage() {
    Article a = stored("a1", "/strike", BODY);
    try (FullTextFetcher f = fetcher(http()).build()) {
      assertEquals(Map.of(TextReason.FULL_IN_FEED, 1), f.plan(List.of(added(a))));
      assertEquals(FullTextReport.NONE, f.fetchWaiting());
    }
    assertEquals(List.of(), requested);
  }

  @Test
  void aFeedTextCutShortIsATeaserWhateverItsLength() {
    Article a = stored("a1", "/strike", BODY);
    page("/strike", article(BODY.split("\n\n")[0], BODY.split("\n\n")[1], "A third paragraph the feed cut off."));
    IngestReport cut = new IngestReport("rail", List.of(a), List.of(), Set.of(), Optional.empty(), Set.of("a1"));
    try (FullTextFetcher f = fetcher(http()).build()) {
      assertEquals(Map.of(TextReason.WAITING, 1), f.plan(List.of(cut)));
      assertEquals(List.of("a1"), f.fetchWaiting().textChanged());
    }
  }

  @Test
  void fullTextNeverOrSwitchedOffKeepsTheFeedText() {
    Article a = stored("a1", "/strike", TEASER);
    feed = new FeedSource("rail", "Rail News", site.url("/rss").uri(), List.of(), FeedScope.INSTANCE,
        Duration.ofMinutes(10), FullTextMode.NEVER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      assertEquals(Map.of(TextReason.SWITCHED_OFF, 1), f.plan(List.of(added(a))));
    }
    feed = new FeedSource("rail", "Rail News", site.url("/rss").uri(), List.of(), FeedScope.INSTANCE,
        Duration.ofMinutes(10), FullTextMode.ALWAYS);
    try (FullTextFetcher f = fetcher(http()).enabled(false).build()) {
      assertEquals(Map.of(TextReason.SWITCHED_OFF, 1), f.plan(List.of(added(a))));
      f.fetchWaiting();
    }
    assertEquals(List.of(), requested);
  }

  @Test
  void robotsTxtDisallowingThePageKeepsTheFeedTextWithoutAskingForIt() {
    page("/paid/strike", article(BODY));
    Article a = stored("a1", "/paid/strike", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(a)));
      f.fetchWaiting();
    }
    assertEquals(TextReason.ROBOTS, choice("a1").reason());
    assertEquals(List.of("/robots.txt"), requested, "the disallowed page was requested");
    assertEquals(TEASER, stores.articles().find("a1").orElseThrow().text());
  }

  @Test
  void oneSiteGetsOneRequestAtATimeSpacedByTheDelayOrItsCrawlDelay() {
    robots("User-agent: *\nCrawl-delay: 5\n");
    List<Article> all = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      page("/s" + i, article(BODY.split("\n\n")));
      all.add(stored("a" + i, "/s" + i, TEASER));
    }
    try (FullTextFetcher f = fetcher(http()).threads(4).build()) {
      f.plan(List.of(added(all.toArray(Article[]::new))));
      assertEquals(3, f.fetchWaiting().textChanged().size());
    }
    assertEquals(1, peak.get(), "two requests to one site overlapped");
    assertEquals(List.of("/robots.txt", "/s1", "/s2", "/s3"), requested);
    // robots.txt, then each page 5 s (the site's Crawl-delay, longer than the configured 2 s) after the previous
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), sleeps);
  }

  @Test
  void thePollsBudgetLeavesTheRestWaitingForTheNextPoll() {
    List<Article> all = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      page("/s" + i, article(BODY.split("\n\n")));
      all.add(stored("a" + i, "/s" + i, TEASER));
      clock.advance(Duration.ofSeconds(1));
    }
    try (FullTextFetcher f = fetcher(http()).pagesPerPoll(2).build()) {
      f.plan(List.of(added(all.toArray(Article[]::new))));
      FullTextReport first = f.fetchWaiting();
      assertEquals(2, first.requests());
      assertEquals(1, first.waiting());
      FullTextReport second = f.fetchWaiting();
      assertEquals(1, second.requests());
      assertEquals(0, second.waiting());
    }
  }

  @Test
  void aPollStopsTakingPagesWhenItsTimeIsUp() {
    List<Article> all = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      page("/s" + i, article(BODY.split("\n\n")));
      all.add(stored("a" + i, "/s" + i, TEASER));
    }
    // each page waits 2 s for the previous one: the third would start at 4 s, past a 3-second poll
    try (FullTextFetcher f = fetcher(http()).timePerPoll(Duration.ofSeconds(3)).build()) {
      f.plan(List.of(added(all.toArray(Article[]::new))));
      FullTextReport r = f.fetchWaiting();
      assertEquals(2, r.requests());
      assertEquals(1, r.waiting());
    }
  }

  @Test
  void aPageIsFetchedOncePerArticleAndAgainOnlyWhenTheFeedEditsTheItem() {
    page("/strike", article(BODY.split("\n\n")));
    Article a = stored("a1", "/strike", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(a)));
      f.fetchWaiting();
      assertEquals(FullTextReport.NONE, f.fetchWaiting(), "a later poll asks for nothing");
      // the feed edits the item: ingestion stored the new feed text, and the page is read again
      Article edited = a.withText("Rail workers began a 48-hour strike on Thursday, the union said.");
      stores.articles().updateText("a1", edited.text());
      f.plan(List.of(new IngestReport("rail", List.of(), List.of(edited), Set.of(), Optional.empty())));
      assertEquals(List.of("a1"), f.fetchWaiting().textChanged());
    }
    assertEquals(List.of("/robots.txt", "/strike", "/strike"), requested, "robots.txt is kept for a day");
  }

  @Test
  void aPaywallKeepsTheFeedTextButTellsTheSiteName() {
    page("/strike", "<html><head><meta property='og:site_name' content='Rail News Online'></head><body>"
        + "<div class='paywall'>Subscribe to read</div></body></html>");
    Article a = stored("a1", "/strike", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(a)));
      FullTextReport r = f.fetchWaiting();
      assertEquals(Map.of(TextReason.PAYWALL, 1), r.decided());
    }
    assertEquals(TEASER, stores.articles().find("a1").orElseThrow().text(), "a paywall notice is never the text");
    assertEquals("Rail News Online", choice("a1").siteName());
    assertEquals(Map.of("rail", Map.of(TextReason.PAYWALL, 1)), texts.countsByFeed());
  }

  @Test
  void aPageNoLongerThanTheFeedTextKeepsTheFeedText() {
    page("/strike", article("Rail workers strike."));
    Article a = stored("a1", "/strike", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(a)));
      f.fetchWaiting();
    }
    assertEquals(TextReason.NOT_LONGER, choice("a1").reason());
  }

  @Test
  void aRedirectToAPrivateAddressIsRefused() {
    Dns fake = host -> host.equals("intranet.example") ? List.of(InetAddress.getByAddress(new byte[] {10, 0, 0, 9}))
        : Dns.SYSTEM.lookup(host);
    pages.put("/strike", new MockResponse.Builder().code(302)
        .addHeader("Location", "http://intranet.example:" + site.getPort() + "/strike").build());
    Article a = stored("a1", "/strike", TEASER);
    try (FullTextFetcher f = fetcher(http(fake)).build()) {
      f.plan(List.of(added(a)));
      f.fetchWaiting();
    }
    TextChoice c = choice("a1");
    assertEquals(TextReason.REFUSED, c.reason());
    assertTrue(c.detail().startsWith("intranet.example resolves to 10.0.0.9, a special-purpose or local address"),
        c.detail());
  }

  @Test
  void whatIsNotAnHtmlPageOrIsTooLargeOrMissingKeepsTheFeedTextForGood() {
    pages.put("/report", new MockResponse.Builder().body("%PDF-1.7").addHeader("Content-Type", "application/pdf")
        .build());
    page("/huge", article("x".repeat(40 * 1024)));
    Article pdf = stored("a1", "/report", TEASER);
    Article huge = stored("a2", "/huge", TEASER);
    Article gone = stored("a3", "/gone", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(pdf, huge, gone)));
      f.fetchWaiting();
      assertEquals(FullTextReport.NONE, f.fetchWaiting(), "none of them is asked for again");
    }
    assertEquals(TextReason.NOT_HTML, choice("a1").reason());
    assertEquals(TextReason.TOO_LARGE, choice("a2").reason());
    assertEquals("page larger than 32 KiB (the cap)", choice("a2").detail());
    assertEquals(TextReason.NOT_FOUND, choice("a3").reason());
  }

  @Test
  void aServerErrorIsRetriedInLaterPollsThenGivenUp() {
    pages.put("/busy", new MockResponse.Builder().code(500).build());
    Article a = stored("a1", "/busy", TEASER);
    try (FullTextFetcher f = fetcher(http()).build()) {
      f.plan(List.of(added(a)));
      f.fetchWaiting();
      assertEquals(TextReason.WAITING, choice("a1").reason());
      f.fetchWaiting();
      assertEquals(TextReason.WAITING, choice("a1").reason());
      f.fetchWaiting();
      assertEquals(TextReason.FAILED, choice("a1").reason());
      assertEquals("HTTP 500 Server Error (3 attempts)", choice("a1").detail());
      assertEquals(FullTextReport.NONE, f.fetchWaiting());
    }
  }

  @Test
  void aFeedOfTeasersIsKnownAsOneAndEvenItsLongerItemsAreRead() {
    List<Article> teasers = new ArrayList<>();
    for (int i = 0; i < FullTextFetcher.TEASER_ONLY_MIN_ITEMS; i++) teasers.add(stored("t" + i, "/t" + i, TEASER));
    Article longer = stored("long", "/long", BODY);
    try (FullTextFetcher f = fetcher(http()).pagesPerPoll(0).build()) {
      f.plan(List.of(added(teasers.toArray(Article[]::new))));
      assertEquals(Map.of(TextReason.WAITING, 1), f.plan(List.of(added(longer))));
    }
  }
}
