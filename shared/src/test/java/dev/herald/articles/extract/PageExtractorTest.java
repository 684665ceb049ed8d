package dev.herald.articles.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
  private final PageExtractor extractor = new PageExtractor();

  static String fixture(String name) {
    try (InputStream in = PageExtractorTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExtractedPage extract(String fixture, String url) {
    return extractor.extract(fixture(fixture), URI.create(url));
  }

  @Test
  void articleBodyIsItsParagraphsWithoutTheFurnitureAroundThem() {
    ExtractedPage page = extract("article.html", "https://courier.example/news/harbour-bridge-reopens?utm=x");
    assertTrue(page.isArticle(), page.verdict().toString());
    assertEquals(List.of(
        "The harbour bridge reopened to traffic on Wednesday morning, two years after engineers closed it when cracks"
            + " were found in two of its steel supports.",
        "The first cars crossed shortly after six o'clock, watched by a small crowd of residents who had waited in the"
            + " cold, some of them holding flasks of coffee and hand-made signs.",
        "\"It has been a long two years for everyone who lives on the north shore,\" said the council's head of"
            + " transport, who added that the detour had added forty minutes to many commutes.",
        "What changed",
        "The repairs replaced both damaged supports, strengthened the deck, and added a protected cycle lane on the"
            + " eastern side, which the council says will carry a thousand riders a day.",
        "Work on the approach roads will continue at night until the end of March, and the council has promised that"
            + " at least one lane in each direction will stay open throughout."), page.paragraphs());
    String text = page.text();
    for (String furniture : new String[] {"Sport", "Share on", "Photo: Courier", "newsletter", "Advertisement",
        "Ferry timetable", "About time", "Most read", "All rights reserved", "By Dana"}) {
      assertFalse(text.contains(furniture), "furniture in the body: " + furniture);
    }
    assertTrue(text.contains("steel supports.\n\nThe first cars"), "paragraphs are separated by a blank line");
  }

  @Test
  void openGraphAndMetaTagsGiveTheMetadata() {
    ExtractedPage page = extract("article.html", "https://courier.example/news/harbour-bridge-reopens");
    assertEquals("Harbour bridge reopens after two years of repairs", page.title());
    assertEquals("The Riverside Courier", page.siteName());
    assertEquals("Dana Okafor", page.author());
    assertEquals(Optional.of(Instant.parse("2026-02-11T06:30:00Z")), page.published());
    assertEquals(Optional.of(URI.create("https://img.courier.example/bridge-lead.jpg")), page.image());
    assertEquals(Optional.of(URI.create("https://courier.example/news/harbour-bridge-reopens")), page.canonical());
  }

  @Test
  void jsonLdNewsArticleGivesHeadlineAuthorsDatePublisherAndImage() {
    ExtractedPage page = extract("jsonld-article.html", "https://valley.example/lanterns");
    assertTrue(page.isArticle(), page.verdict().toString());
    assertEquals("Lantern festival draws record crowd & new stalls", page.title());
    assertEquals("Valley Gazette", page.siteName(), "the publisher named by an @id reference");
    assertEquals("Mira Lund, Tom Reyes", page.author());
    assertEquals(Optional.of(Instant.parse("2026-01-30T23:05:00Z")), page.published());
    assertEquals(Optional.of(URI.create("https://cdn.valley.example/lanterns-1200.jpg")), page.image());
    assertEquals(3, page.paragraphs().size());
  }

  @Test
  void anHttpImageIsRefused() {
    ExtractedPage page = extract("video.html", "https://citychannel.example/watch/tram");
    assertEquals(Optional.empty(), page.image(), "og:image is http://");
    assertEquals("City Channel", page.siteName());
  }

  @Test
  void imagesOnPrivateOrLocalHostsAreRefused() {
    for (String src : new String[] {"https://127.0.0.1/a.jpg", "https://10.0.0.7/a.jpg", "https://[::1]/a.jpg",
        "https://localhost/a.jpg", "https://169.254.169.254/latest/a.jpg", "javascript:alert(1)", "/relative.jpg"}) {
      String html = "<html><head><meta property=\"og:image\" content=\"" + src + "\"></head><body></body></html>";
      Optional<URI> image = extractor.extract(html, URI.create("http://site.example/a")).image();
      assertEquals(Optional.empty(), image, src);
    }
    String relative = "<html><head><meta property=\"og:image\" content=\"/img/a.jpg\"></head><body></body></html>";
    assertEquals(Optional.of(URI.create("https://site.example/img/a.jpg")),
        extractor.extract(relative, URI.create("https://site.example/news/a")).image(),
        "a relative image on an https page is resolved against it");
  }

  @Test
  void aPaywallIsNotTheArticleAndItsNoticeIsNeverText() {
    ExtractedPage page = extract("paywall.html", "https://ledger.example/port-budget");
    assertEquals(PageVerdict.Kind.PAYWALL, page.verdict().kind(), page.verdict().toString());
    assertEquals("", page.text());
    assertEquals("The Ledger", page.siteName(), "metadata is read whatever the verdict");
  }

  @Test
  void aLongArticleKeepsItsTextButNotTheSubscriptionNoticeAfterIt() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 12; i++) {
      html.append("<p>Paragraph ").append(i).append(" of a long report on the water board, with enough words in it,"
          + " and commas too, to read as a real paragraph of an article about the budget and the reservoir.</p>");
    }
    html.append("<p>Subscribe to continue reading the rest of this story.</p></article></body></html>");
    ExtractedPage page = extractor.extract(html.toString(), URI.create("https://water.example/report"));
    assertTrue(page.isArticle(), page.verdict().toString());
    assertEquals(12, page.paragraphs().size());
    assertFalse(page.text().contains("Subscribe"));
  }

  @Test
  void aCookieConsentInterstitialIsRecognised() {
    ExtractedPage page = extract("consent.html", "https://news.example/story");
    assertEquals(PageVerdict.Kind.CONSENT, page.verdict().kind(), page.verdict().toString());
    assertEquals("", page.text());
  }

  @Test
  void aJavaScriptShellIsRecognised() {
    ExtractedPage page = extract("javascript-shell.html", "https://signal.example/story/1");
    assertEquals(PageVerdict.Kind.JAVASCRIPT, page.verdict().kind(), page.verdict().toString());
  }

  @Test
  void aLoginPageIsRecognised() {
    ExtractedPage page = extract("login.html", "https://metrotimes.example/login?next=/story");
    assertEquals(PageVerdict.Kind.LOGIN, page.verdict().kind(), page.verdict().toString());
    assertEquals("", page.text());
  }

  @Test
  void anAmpRedirectStubPointsAtTheArticle() {
    ExtractedPage page = extract("amp-redirect.html", "https://amp.news.example/2026/02/river-levels");
    assertEquals(PageVerdict.Kind.REDIRECT, page.verdict().kind(), page.verdict().toString());
    assertEquals(Optional.of(URI.create("https://news.example/2026/02/river-levels")), page.canonical());
  }

  @Test
  void aVideoPageWithOneSentenceIsNotAnArticle() {
    ExtractedPage page = extract("video.html", "https://citychannel.example/watch/tram");
    assertEquals(PageVerdict.Kind.VIDEO, page.verdict().kind(), page.verdict().toString());
  }

  @Test
  void aPageWithoutTextIsTooShortAndNotHtmlDoesNotBreakIt() {
    assertEquals(PageVerdict.Kind.TOO_SHORT,
        extractor.extract("<html><body><p>Hello.</p></body></html>", URI.create("https://a.example/")).verdict().kind());
    assertEquals(PageVerdict.Kind.TOO_SHORT,
        extractor.extract("", URI.create("https://a.example/")).verdict().kind());
    assertEquals(PageVerdict.Kind.TOO_SHORT,
        extractor.extract("{\"not\": \"html\"}", URI.create("https://a.example/")).verdict().kind());
  }

  @Test
  void aPageThatReloadsItselfEveryFewMinutesIsNotARedirect() {
    StringBuilder html = new StringBuilder("<html><head><meta http-equiv=\"refresh\" content=\"300;url=/live\">"
        + "</head><body><article>");
    for (int i = 0; i < 4; i++) {
      html.append("<p>A short paragraph of the live page, number ").append(i)
          .append(", which carries a few sentences of news for its readers.</p>");
    }
    html.append("</article></body></html>");
    ExtractedPage page = extractor.extract(html.toString(), URI.create("https://live.example/news"));
    assertTrue(page.isArticle(), page.verdict().toString());
  }
}
