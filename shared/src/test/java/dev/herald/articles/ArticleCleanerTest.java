package dev.herald.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FeedText;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import dev.herald.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private final ArticleCleaner cleaner = new ArticleCleaner();

  private static RawItem item(FeedText title, FeedText summary, FeedText content, String link, Optional<Instant> date) {
    return new RawItem(title, link, "g", date, Optional.empty(), "", summary, content, "", List.of(), "", "");
  }

  @Test
  void theNorthwindSampleReadsCleanly() throws Exception {
    Path file = Corpus.projectRoot().resolve("config/samples/northwind-wire.xml");
    ParsedFeed feed = new FeedParser().parse(Files.readAllBytes(file));
    CleanItem first = cleaner.clean(feed.items().get(0), NOW);
    assertEquals("Port Marren Mariners won the Continental Cup on Thursday, beating Lindhaven Athletic 2-1 after"
        + " extra time in the final at Kronfeld Stadium in Estenburg. Tomas Reyne scored the winning goal for Port"
        + " Marren Mariners in the 112th minute, heading in a corner from Ilias Brenner.", first.description());
    assertTrue(first.text().endsWith("first major trophy since 1998."), first.text());
    assertTrue(first.text().contains("\n\n"), "paragraphs are kept");
    for (RawItem raw : feed.items()) {
      CleanItem c = cleaner.clean(raw, NOW);
      for (String field : List.of(c.title(), c.description(), c.text())) {
        assertFalse(field.contains("appeared first on"), field);
        assertFalse(field.contains("[…]") || field.contains("&#"), field);
        assertFalse(field.contains("<") || field.contains("pixel"), field);
      }
    }
  }

  @Test
  void dropsBoilerplateScriptsAndTrackingPixels() {
    CleanItem c = cleaner.clean(item(FeedText.html("A &amp; B"), FeedText.EMPTY, FeedText.html(
        "<p>First para.</p><script>alert(1)</script><style>p{}</style>"
            + "<p>Second <img src=\"https://t.example/pixel.gif\" width=\"1\" height=\"1\"> para."
            + " <a href=\"https://x.example/\">Continue reading…</a></p>"
            + "<p>The post A &amp; B appeared first on Example News.</p>"
            + "<div class=\"feedflare\"><a href=\"http://feeds.feedburner.com/~ff/x\">Share</a></div>"),
        "https://x.example/a", Optional.of(NOW)), NOW);
    assertEquals("A & B", c.title());
    assertEquals("First para.\n\nSecond para.", c.text());
    assertEquals("First para.", c.description());
    assertEquals("", c.imageUrl());
  }

  @Test
  void aTextThePublisherCutShortIsMarkedSoItsPageIsRead() {
    CleanItem readMore = cleaner.clean(item(FeedText.plain("T"), FeedText.html("<p>First.</p><p>Second.</p>"
        + "<p><a href=\"https://x.example/a\">Continue reading…</a></p>"), FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertTrue(readMore.cutShort());
    CleanItem elided = cleaner.clean(item(FeedText.plain("T"), FeedText.plain("Talks resume on Monday in [...]"),
        FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertTrue(elided.cutShort());
    CleanItem whole = cleaner.clean(item(FeedText.plain("T"), FeedText.plain("Cut short by a teaser… [...]"),
        FeedText.html("<p>The whole article.</p><p>Its last paragraph.</p>"), "", Optional.of(NOW)), NOW);
    assertFalse(whole.cutShort(), "the full content is what the article uses");
    assertFalse(cleaner.clean(item(FeedText.plain("T"), FeedText.plain("A complete sentence."), FeedText.EMPTY, "",
        Optional.of(NOW)), NOW).cutShort());
  }

  @Test
  void dropsTheWordPressTrailerFromPlainTextToo() {
    CleanItem c = cleaner.clean(item(FeedText.plain("T"), FeedText.plain("Shares fell 3.8 percent. The post Shares"
        + " slide 3.8% after fine appeared first on The Ledger."), FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertEquals("Shares fell 3.8 percent.", c.description());
    assertEquals("Shares fell 3.8 percent.", c.text());
  }

  @Test
  void aTeaserWithoutASentenceEndKeepsItsFragmentMarked() {
    CleanItem c = cleaner.clean(item(FeedText.plain("T"), FeedText.html("No full stop anywhere here [&#8230;]"),
        FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertEquals("No full stop anywhere here…", c.description());
  }

  @Test
  void missingOrFutureDatesFallBackToTheFetchTime() {
    CleanItem none = cleaner.clean(item(FeedText.plain("T"), FeedText.EMPTY, FeedText.EMPTY, "", Optional.empty()), NOW);
    assertTrue(none.dateEstimated());
    assertEquals(NOW, none.published());
    CleanItem future = cleaner.clean(item(FeedText.plain("T"), FeedText.EMPTY, FeedText.EMPTY, "",
        Optional.of(NOW.plusSeconds(3 * 86_400))), NOW);
    assertTrue(future.dateEstimated());
    CleanItem soon = cleaner.clean(item(FeedText.plain("T"), FeedText.EMPTY, FeedText.EMPTY, "",
        Optional.of(NOW.plusSeconds(3_600))), NOW);
    assertFalse(soon.dateEstimated());
  }

  @Test
  void onlyWebLinksSurvive() {
    assertEquals("", cleaner.clean(item(FeedText.plain("T"), FeedText.EMPTY, FeedText.EMPTY,
        "javascript:alert(1)", Optional.of(NOW)), NOW).url());
    assertEquals("", cleaner.clean(item(FeedText.plain("T"), FeedText.EMPTY, FeedText.EMPTY,
        "file:///etc/passwd", Optional.of(NOW)), NOW).canonicalUrl());
  }

  @Test
  void removesControlAndBidiOverrideCharacters() {
    CleanItem c = cleaner.clean(item(FeedText.plain("Safe\u202Etxt.exe\u0007  title"), FeedText.EMPTY,
        FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertEquals("Safetxt.exe title", c.title());
  }

  @Test
  void shortensHugeTitlesAtAWord() {
    CleanItem c = cleaner.clean(item(FeedText.plain("word ".repeat(1000)), FeedText.EMPTY, FeedText.EMPTY, "",
        Optional.of(NOW)), NOW);
    assertTrue(c.title().length() <= ArticleCleaner.MAX_TITLE + 1, "" + c.title().length());
    assertTrue(c.title().endsWith("word…"), c.title());
  }

  @Test
  void aDescriptionThatOnlyRepeatsTheTitleIsDropped() {
    CleanItem c = cleaner.clean(item(FeedText.plain("Big news today"), FeedText.plain("Big news today!"),
        FeedText.EMPTY, "", Optional.of(NOW)), NOW);
    assertEquals("", c.description());
  }
}
