package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.IngestReport;
import dev.herald.feeds.FeedException;
import dev.herald.feeds.RetryLaterException;
import dev.herald.model.Article;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.Stores;
import dev.herald.testing.FakeFeedFetcher;
import dev.herald.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedIngestionTest {
  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
  private static final FeedSource WIRE = FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"), List.of());
  private static final FeedSource POST = FeedSource.of("post", "Post", URI.create("https://post.example/rss"), List.of());

  private final Database db = Database.inMemory();
  private final MutableClock clock = new MutableClock(T0);
  private final Stores stores = Stores.sql(db, clock);
  private final FeedStores feedStores = FeedStores.sql(db, clock);
  private final FakeFeedFetcher fetcher = new FakeFeedFetcher();
  private final FeedIngestion ingestion = FeedIngestion.builder()
      .fetcher(fetcher).articles(stores.articles()).fingerprints(feedStores.fingerprints())
      .health(feedStores.health()).clock(clock).maxConsecutiveFailures(3).alertMaxAge(Duration.ofHours(24)).build();

  @AfterEach
  void close() {
    db.close();
  }

  /** Stages 1 and 2 for one feed, as a pipeline run calls them. */
  static IngestReport ingest(FeedIngestion stages, FeedSource feed) {
    return Pipeline.ingest(stages.feeds(), stages.articles(), feed, false);
  }

  private static String rss(String... items) {
    return "<rss version=\"2.0\"><channel><title>t</title>" + String.join("", items) + "</channel></rss>";
  }

  private static String item(String guid, String title, String date, String body) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://wire.example/" + guid
        + "?utm_source=rss</link><pubDate>" + date + "</pubDate><description>" + body + "</description></item>";
  }

  @Test
  void theFirstReadStoresItemsButAlertsNothing() {
    fetcher.serve("wire", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    IngestReport r = ingest(ingestion, WIRE);
    assertEquals(Optional.empty(), r.problem());
    assertEquals(1, r.added().size());
    assertEquals(Set.of(), r.alertable());
    Article a = r.added().get(0);
    assertEquals("https://wire.example/1", a.canonicalUrl());
    assertEquals("Wire", a.outlet());
    assertEquals(1, stores.articles().count());
  }

  @Test
  void anUnnamedFeedsArticlesNameTheOutletFromTheFeedNeverItsSection() {
    FeedSource unnamed = FeedSource.of("ledger", "", URI.create("https://feeds.capitalledger.example/world.xml"),
        List.of());
    fetcher.serve("ledger", "<rss version=\"2.0\"><channel><title>World - CapitalLedger.com</title>"
        + "<link>https://www.capitalledger.example/</link>"
        + item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.") + "</channel></rss>");
    assertEquals("Capital Ledger", ingest(ingestion, unnamed).added().get(0).outlet());

    FeedSource sectionOnly = FeedSource.of("post", "", URI.create("https://feeds.meridianpost.example/rss"), List.of());
    fetcher.serve("post", "<rss version=\"2.0\"><channel><title>Top Stories</title>"
        + "<link>https://www.meridianpost.example/news</link>"
        + item("2", "Two", "Fri, 27 Nov 2026 07:00:00 GMT", "Body two.") + "</channel></rss>");
    assertEquals("meridianpost.example", ingest(ingestion, sectionOnly).added().get(0).outlet());
  }

  @Test
  void anUnnamedFeedsLaterArticlesTakeTheSiteNameItsPagesGive() {
    dev.herald.store.ArticleTextStore texts = dev.herald.store.ArticleTextStore.sql(db);
    FeedIngestion reading = FeedIngestion.builder()
        .fetcher(fetcher).articles(stores.articles()).fingerprints(feedStores.fingerprints()).texts(texts)
        .health(feedStores.health()).clock(clock).maxConsecutiveFailures(3).alertMaxAge(Duration.ofHours(24)).build();
    FeedSource unnamed = FeedSource.of("post", "", URI.create("https://feeds.meridianpost.example/rss"), List.of());
    String head = "<rss version=\"2.0\"><channel><title>Top Stories</title><link>https://www.meridianpost.example/</link>";
    fetcher.serve("post", head + item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.") + "</channel></rss>");
    Article first = ingest(reading, unnamed).added().get(0);
    assertEquals("meridianpost.example", first.outlet());
    texts.save(new dev.herald.model.TextChoice(first.id(), "post", dev.herald.model.TextReason.PAGE, "Body one.",
        first.url(), "The Meridian Post", "", "", "", 1, T0));
    clock.advance(Duration.ofMinutes(10));
    fetcher.serve("post", head + item("2", "Two", "Fri, 27 Nov 2026 08:05:00 GMT", "Body two.")
        + item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.") + "</channel></rss>");
    assertEquals("The Meridian Post", ingest(reading, unnamed).added().get(0).outlet());
    // a configured name still comes first
    fetcher.serve("wire", rss(item("3", "Three", "Fri, 27 Nov 2026 08:05:00 GMT", "Body three.")));
    assertEquals("Wire", ingest(reading, WIRE).added().get(0).outlet());
  }

  @Test
  void laterNewItemsAlertUnlessTooOld() {
    fetcher.serve("wire", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    ingest(ingestion, WIRE);
    clock.advance(Duration.ofMinutes(10));
    fetcher.serve("wire", rss(
        item("2", "Two", "Fri, 27 Nov 2026 08:05:00 GMT", "Body two."),
        item("old", "Old", "Tue, 24 Nov 2026 08:05:00 GMT", "An old one."),
        item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    IngestReport r = ingest(ingestion, WIRE);
    assertEquals(List.of("Two", "Old"), r.added().stream().map(Article::title).toList());
    assertEquals(Set.of(r.added().get(0).id()), r.alertable());
    assertEquals(List.of(), r.updated());
    assertEquals(3, stores.articles().count());
  }

  @Test
  void aRefetchNeverMakesANewArticleAndAnEditUpdatesIt() {
    String first = rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one."));
    fetcher.serve("wire", first);
    String id = ingest(ingestion, WIRE).added().get(0).id();
    fetcher.serve("wire", first + " ");
    IngestReport same = ingest(ingestion, WIRE);
    assertEquals(List.of(), same.added());
    assertEquals(List.of(), same.updated());
    fetcher.serve("wire", rss(item("1", "One, corrected", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one, fixed.")));
    IngestReport edited = ingest(ingestion, WIRE);
    assertEquals(List.of(), edited.added());
    assertEquals(1, edited.updated().size());
    Article a = stores.articles().find(id).orElseThrow();
    assertEquals("One, corrected", a.title());
    assertEquals("Body one, fixed.", a.text());
    assertEquals(1, stores.articles().count());
  }

  @Test
  void itemsWithoutGuidAreKnownByUrlAndThenByTitle() {
    String noGuid = "<item><title>Linked</title><link>https://wire.example/x/</link></item>"
        + "<item><title>Only a title</title><description>text</description></item>";
    fetcher.serve("wire", rss(noGuid));
    assertEquals(2, ingest(ingestion, WIRE).added().size());
    fetcher.serve("wire", rss("<item><title>Linked</title><link>https://WIRE.example:443/x?fbclid=abc</link></item>"
        + "<item><title>Only a  TITLE!</title><description>text</description></item>"));
    IngestReport again = ingest(ingestion, WIRE);
    assertEquals(List.of(), again.added());
    assertEquals(2, stores.articles().count());
  }

  @Test
  void untitledItemsWithoutGuidOrLinkAreKnownByTheirText() {
    String notes = rss("<item><description>First note.</description></item>",
        "<item><description>Second note.</description></item>");
    fetcher.serve("wire", notes);
    assertEquals(2, ingest(ingestion, WIRE).added().size());
    fetcher.serve("wire", notes + " "); // a changed body, so it is parsed again rather than "not modified"
    assertEquals(List.of(), ingest(ingestion, WIRE).added());
    assertEquals(2, stores.articles().count());
  }

  @Test
  void aChangedGuidWithTheSameUrlAndTitleIsTheSameArticle() {
    fetcher.serve("wire", rss(item("http://old/1", "Same story", "Fri, 27 Nov 2026 07:00:00 GMT", "b")
        .replace("https://wire.example/http://old/1", "https://wire.example/s")));
    ingest(ingestion, WIRE);
    fetcher.serve("wire", rss(item("https://new/1", "Same story", "Fri, 27 Nov 2026 07:00:00 GMT", "b")
        .replace("https://wire.example/https://new/1", "https://wire.example/s")));
    assertEquals(List.of(), ingest(ingestion, WIRE).added());
  }

  @Test
  void liveBlogEntriesSharingAUrlStaySeparate() {
    fetcher.serve("wire", rss(
        "<item><guid>a</guid><title>Update 1</title><link>https://wire.example/live</link></item>",
        "<item><guid>b</guid><title>Update 2</title><link>https://wire.example/live</link></item>"));
    assertEquals(2, ingest(ingestion, WIRE).added().size());
  }

  @Test
  void theSamePageFromAnotherFeedIsNotStoredTwice() {
    fetcher.serve("wire", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    fetcher.serve("post", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));  // same link
    ingest(ingestion, WIRE);
    assertEquals(List.of(), ingest(ingestion, POST).added());
    assertEquals(1, stores.articles().count());
  }

  @Test
  void syndicatedCopiesAcrossOutletsAreLinkedToTheOriginal() {
    String wire = "Officials in the northern province confirmed on Friday that the bridge over the river would reopen"
        + " next week after three months of repairs, the transport ministry said in a statement to reporters.";
    fetcher.serve("wire", rss(item("w1", "Bridge to reopen next week", "Fri, 27 Nov 2026 06:00:00 GMT", wire)));
    fetcher.serve("post", rss("<item><guid>p9</guid><title>Bridge reopening set</title>"
        + "<link>https://post.example/bridge</link><pubDate>Fri, 27 Nov 2026 07:30:00 GMT</pubDate>"
        + "<description>" + wire + " (AP)</description></item>",
        "<item><guid>p10</guid><title>Unrelated</title><link>https://post.example/other</link>"
        + "<description>A completely different report about a football match that ended in a draw after a long"
        + " evening of rain and many substitutions.</description></item>"));
    Article original = ingest(ingestion, WIRE).added().get(0);
    IngestReport post = ingest(ingestion, POST);
    assertEquals(original.id(), post.added().get(0).nearDuplicateOf());
    assertEquals("", post.added().get(1).nearDuplicateOf());
  }

  @Test
  void anItemWithoutADateUsesTheFetchTimeOnceAndKeepsIt() {
    fetcher.serve("wire", rss("<item><guid>n</guid><title>Undated</title></item>"));
    Article a = ingest(ingestion, WIRE).added().get(0);
    assertTrue(a.dateEstimated());
    assertEquals(T0, a.published());
    clock.advance(Duration.ofHours(1));
    fetcher.serve("wire", rss("<item><guid>n</guid><title>Undated</title></item>", ""));
    ingest(ingestion, WIRE);
    assertEquals(T0, stores.articles().find(a.id()).orElseThrow().published());
  }

  @Test
  void failuresBackOffThenDisableAndASuccessResets() {
    fetcher.fail("wire", new FeedException("HTTP 500 Server Error"));
    IngestReport r = ingest(ingestion, WIRE);
    assertEquals(Optional.of("HTTP 500 Server Error"), r.problem());
    FeedHealth h = feedStores.health().find("wire").orElseThrow();
    assertEquals(1, h.consecutiveFailures());
    assertTrue(h.nextAttemptAt().orElseThrow().isAfter(T0));
    IngestReport skipped = ingest(ingestion, WIRE);
    assertTrue(skipped.problem().orElseThrow().startsWith("backing off until"), skipped.problem().toString());
    assertEquals(1, fetcher.sent().size(), "a feed backing off was fetched");
    for (int i = 0; i < 2; i++) {
      clock.advance(Duration.ofDays(1));
      ingest(ingestion, WIRE);
    }
    h = feedStores.health().find("wire").orElseThrow();
    assertTrue(h.disabled());
    assertEquals("disabled after 3 failures in a row; last: HTTP 500 Server Error", h.lastError());
    clock.advance(Duration.ofDays(1));
    assertEquals(Optional.of(h.lastError()), ingest(ingestion, WIRE).problem());
    fetcher.serve("wire", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    assertEquals(Optional.empty(), Pipeline.ingest(ingestion.feeds(), ingestion.articles(), WIRE, true).problem());
    h = feedStores.health().find("wire").orElseThrow();
    assertFalse(h.disabled());
    assertEquals(0, h.consecutiveFailures());
  }

  @Test
  void aWorkspaceFeedThatCannotBeReachedShowsAGenericReasonAnInstanceFeedTheDetail() {
    FeedSource own = new FeedSource("w-1", "Own", URI.create("https://own.example/rss"), List.of(),
        dev.herald.model.FeedScope.of(new dev.herald.model.WorkspaceKey(dev.herald.model.Platform.SLACK, "T1")),
        FeedSource.DEFAULT_POLL_INTERVAL);
    fetcher.fail("w-1", new java.net.ConnectException("Connection refused"));
    fetcher.fail("wire", new java.net.ConnectException("Connection refused"));
    assertEquals(Optional.of(dev.herald.feeds.Reasons.UNREACHABLE), ingest(ingestion, own).problem());
    assertEquals(dev.herald.feeds.Reasons.UNREACHABLE, feedStores.health().find("w-1").orElseThrow().lastError());
    assertEquals(Optional.of("connection refused"), ingest(ingestion, WIRE).problem());
    fetcher.fail("w-1", new dev.herald.feeds.AddressRefusedException("10.0.0.1, a special-purpose address"));
    clock.advance(Duration.ofDays(1));
    assertEquals(Optional.of(dev.herald.feeds.Reasons.UNREACHABLE), ingest(ingestion, own).problem());
  }

  @Test
  void retryAfterStretchesTheBackoff() {
    fetcher.fail("wire", new RetryLaterException("HTTP 429 Too Many Requests", Duration.ofHours(6)));
    ingest(ingestion, WIRE);
    assertEquals(T0.plus(Duration.ofHours(6)), feedStores.health().find("wire").orElseThrow().nextAttemptAt().get());
  }

  @Test
  void aConditionalGetSendsTheStoredValidatorsAndNotModifiedChangesNothing() {
    fetcher.serve("wire", rss(item("1", "One", "Fri, 27 Nov 2026 07:00:00 GMT", "Body one.")));
    ingest(ingestion, WIRE);
    IngestReport r = ingest(ingestion, WIRE);
    assertEquals(Optional.empty(), r.problem());
    assertEquals(List.of(), r.added());
    assertFalse(fetcher.sent().get(1).etag().isEmpty());
  }

  @Test
  void aHugeFeedIsReadUpToTheItemCap() {
    FeedIngestion capped = FeedIngestion.builder().fetcher(fetcher).articles(stores.articles())
        .fingerprints(feedStores.fingerprints()).health(feedStores.health()).clock(clock).maxItems(50).build();
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 5_000; i++) items.append("<item><guid>").append(i).append("</guid><title>Item ").append(i)
        .append("</title></item>");
    fetcher.serve("wire", rss(items.toString()));
    IngestReport r = ingest(capped, WIRE);
    assertEquals(50, r.added().size());
    assertEquals("Item 0", r.added().get(0).title());
    assertEquals(50, stores.articles().count());
  }

  @Test
  void anUnreadableFeedIsAOneLineFailure() {
    fetcher.serve("wire", "<html><body>Moved</body></html>");
    assertEquals(Optional.of("not a feed: an HTML page"), ingest(ingestion, WIRE).problem());
  }
}
