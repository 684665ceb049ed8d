package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  @Test
  void readsRss20ItemsWithTheCommonNamespaces() {
    ParsedFeed f = Feeds.parse("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
          <channel>
            <title>Example Wire</title>
            <link>https://wire.example/</link>
            <description>News &amp; more</description>
            <item>
              <title>Rates cut to 3.5%</title>
              <link>https://wire.example/a/1</link>
              <guid isPermaLink="false">wire-1</guid>
              <pubDate>Thu, 26 Nov 2026 12:04:00 +0100</pubDate>
              <dc:creator>Ana Lopez</dc:creator>
              <category>Economy</category>
              <description><![CDATA[<p>Teaser</p>]]></description>
              <content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>
              <media:thumbnail url="https://img.example/1.jpg"/>
              <source url="https://agency.example/rss">Agency</source>
            </item>
          </channel>
        </rss>
        """);
    assertEquals(FeedFormat.RSS_20, f.format());
    assertEquals("Example Wire", f.title().value());
    assertEquals("https://wire.example/", f.link());
    assertEquals("News & more", f.description().value());
    RawItem i = f.items().get(0);
    assertEquals("Rates cut to 3.5%", i.title().value());
    assertEquals("https://wire.example/a/1", i.link());
    assertEquals("wire-1", i.guid());
    assertEquals(Optional.of(Instant.parse("2026-11-26T11:04:00Z")), i.published());
    assertEquals("Ana Lopez", i.author());
    assertEquals(List.of("Economy"), i.categories());
    assertEquals(new FeedText("<p>Teaser</p>", true), i.summary());
    assertEquals(new FeedText("<p>Full text.</p>", true), i.content());
    assertEquals("https://img.example/1.jpg", i.imageUrl());
    assertEquals("Agency", i.sourceName());
    assertTrue(f.warnings().isEmpty(), f.warnings().toString());
  }

  @Test
  void readsRss10RdfWithDublinCoreDates() {
    ParsedFeed f = Feeds.parse("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://dw.example/rdf"><title>DW</title><link>https://dw.example/</link></channel>
          <item rdf:about="https://dw.example/a/2">
            <title>Item two</title>
            <dc:date>2026-02-17T09:30:00+01:00</dc:date>
          </item>
        </rdf:RDF>
        """);
    assertEquals(FeedFormat.RSS_10, f.format());
    RawItem i = f.items().get(0);
    assertEquals("https://dw.example/a/2", i.link());
    assertEquals("https://dw.example/a/2", i.guid());
    assertEquals(Optional.of(Instant.parse("2026-02-17T08:30:00Z")), i.published());
  }

  @Test
  void readsRss091WithTheNetscapeDoctypeAndHtmlEntities() {
    ParsedFeed f = Feeds.parse("""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old&nbsp;Feed</title>
          <item><title>Caf&eacute; opens &mdash; finally</title><link>http://old.example/1</link></item>
        </channel></rss>
        """);
    assertEquals(FeedFormat.RSS_091, f.format());
    assertEquals("Old\u00A0Feed", f.title().value());
    assertEquals("Café opens — finally", f.items().get(0).title().value());
  }

  @Test
  void readsAtom10WithXhtmlContentAndXmlBase() {
    ParsedFeed f = Feeds.parse("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
          <title type="html">A &amp;lt;b&amp;gt;blog&amp;lt;/b&amp;gt;</title>
          <link rel="self" href="/atom.xml"/>
          <link rel="alternate" type="text/html" href="/"/>
          <entry xml:base="posts/">
            <title>First</title>
            <link rel="replies" href="comments"/>
            <link href="first.html"/>
            <id>tag:blog.example,2026:1</id>
            <published>2026-11-26T16:20:00Z</published>
            <updated>2026-11-26T17:05:00Z</updated>
            <summary type="text">Plain &lt;b&gt; stays text</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p></div></content>
          </entry>
        </feed>
        """);
    assertEquals(FeedFormat.ATOM_10, f.format());
    assertEquals("https://blog.example/", f.link());
    RawItem i = f.items().get(0);
    assertEquals("https://blog.example/posts/first.html", i.link());
    assertEquals("tag:blog.example,2026:1", i.guid());
    assertEquals(Optional.of(Instant.parse("2026-11-26T16:20:00Z")), i.published());
    assertEquals(Optional.of(Instant.parse("2026-11-26T17:05:00Z")), i.updated());
    assertEquals(new FeedText("Plain <b> stays text", false), i.summary());
    assertTrue(i.content().html());
    assertTrue(i.content().value().contains("<p>Hello <b>world</b></p>"), i.content().value());
  }

  @Test
  void readsAtom03ModesIncludingBase64() {
    ParsedFeed f = Feeds.parse("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Old Atom</title>
          <entry>
            <title mode="base64">SGVsbG8gd29ybGQ=</title>
            <link rel="alternate" type="text/html" href="http://old.example/1"/>
            <issued>2004-01-01T10:00:00Z</issued>
            <content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content>
          </entry>
        </feed>
        """);
    assertEquals(FeedFormat.ATOM_03, f.format());
    RawItem i = f.items().get(0);
    assertEquals("Hello world", i.title().value());
    assertEquals(Optional.of(Instant.parse("2004-01-01T10:00:00Z")), i.published());
    assertEquals(new FeedText("<p>Body</p>", true), i.content());
  }

  @Test
  void readsJsonFeed11() {
    ParsedFeed f = Feeds.parse("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "JF", "home_page_url": "https://jf.example/",
         "items": [{"id": "1", "url": "/posts/1", "title": "One", "content_html": "<p>Hi</p>",
                    "date_published": "2026-11-26T10:00:00-05:00", "authors": [{"name": "Kim"}], "tags": ["a"]},
                   {"nothing": true}]}
        """);
    assertEquals(FeedFormat.JSON_11, f.format());
    assertEquals(1, f.items().size());
    RawItem i = f.items().get(0);
    assertEquals("https://jf.example/posts/1", i.link());
    assertEquals(Optional.of(Instant.parse("2026-11-26T15:00:00Z")), i.published());
    assertEquals("Kim", i.author());
    assertEquals(new FeedText("<p>Hi</p>", true), i.content());
  }

  @Test
  void resolvesRelativeLinksAgainstTheDocumentUrl() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel><link>/</link><item><title>x</title><link>/a/b</link></item></channel></rss>
        """.getBytes(), Optional.empty(), URI.create("https://news.example/feeds/rss.xml"));
    assertEquals("https://news.example/a/b", f.items().get(0).link());
  }

  @Test
  void keepsBareAmpersandsAndUnknownEntitiesAsWritten() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel><item><title>Fish & Chips &amp; more &lt;3 &bogus; &#8217;</title></item>
        </channel></rss>
        """);
    assertEquals("Fish & Chips & more <3 &bogus; \u2019", f.items().get(0).title().value());
  }

  @Test
  void readsNakedHtmlInsideADescriptionAsMarkup() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel><item><title>t</title>
          <description><p>One<br>two</p></description></item></channel></rss>
        """);
    RawItem i = f.items().get(0);
    assertEquals(new FeedText("<p>One<br>two</p>", true), i.summary());
  }

  @Test
  void recoversItemsFromATruncatedDocument() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel><title>Cut</title>
          <item><title>Whole</title><link>https://x.example/1</link></item>
          <item><title>Half</title><link>https://x.example/2</link>
        """);
    assertEquals(List.of("Whole", "Half"), f.items().stream().map(i -> i.title().value()).toList());
    assertTrue(f.warnings().stream().anyMatch(w -> w.contains("truncated")), f.warnings().toString());
  }

  @Test
  void recoversFromMisnestedEndTagsItemByItem() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel>
          <item><title>One</b></title><link>https://x.example/1</link></item>
          <item><title>Two</title><link>https://x.example/2</link></channel></item>
          <item><title>Three</title></item>
        </rss>
        """);
    assertEquals(List.of("One", "Two", "Three"), f.items().stream().map(i -> i.title().value()).toList());
    assertFalse(f.warnings().isEmpty());
  }

  @Test
  void readsAnItemNestedInAnotherAsItsOwnItem() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel>
          <item><title>Outer</title><item><title>Inner</title></item><link>https://x.example/o</link></item>
        </channel></rss>
        """);
    assertEquals(List.of("Outer", "Inner"), f.items().stream().map(i -> i.title().value()).toList());
    assertEquals("https://x.example/o", f.items().get(0).link());
  }

  @Test
  void givesOneLineReasonsForWhatIsNotAFeed() {
    FeedParser p = new FeedParser();
    assertEquals("empty response: no feed", assertThrows(FeedException.class, () -> p.parse(new byte[0])).getMessage());
    assertEquals("not a feed: an HTML page", assertThrows(FeedException.class,
        () -> p.parse("<!DOCTYPE html><html><body>hi</body></html>".getBytes())).getMessage());
    assertEquals("not a feed: the root element is <note>", assertThrows(FeedException.class,
        () -> p.parse("<note>x</note>".getBytes())).getMessage());
    assertEquals("not a feed: no XML or JSON found", assertThrows(FeedException.class,
        () -> p.parse("just words".getBytes())).getMessage());
    assertEquals("not a feed: JSON without a JSON Feed \"version\"", assertThrows(FeedException.class,
        () -> p.parse("{\"a\": 1}".getBytes())).getMessage());
  }

  @Test
  void anHtmlPageNamesTheFeedItAdvertises() {
    FeedException e = assertThrows(FeedException.class, () -> new FeedParser().parse(
        "<!doctype html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
            .getBytes(), Optional.empty(), URI.create("https://site.example/news/")));
    assertEquals("not a feed: an HTML page (it names a feed: https://site.example/feed.xml)", e.getMessage());
  }

  @Test
  void anAdvertisedFeedLinkWithLineBreaksGivesAOneLineReason() {
    String page = "<!doctype html><html><head><title>News\nherald: forged</title><link rel=\"alternate\""
        + " type=\"application/rss+xml\" title=\"Feed\r\nforged\" href=\"/fe\ted.xml\r\nherald: forged\">";
    for (URI base : new URI[] {URI.create("https://site.example/news/"), null}) {
      FeedException e = assertThrows(FeedException.class,
          () -> new FeedParser().parse(page.getBytes(), Optional.empty(), base));
      assertFalse(e.getMessage().codePoints().anyMatch(dev.herald.text.ControlChars::isControl), e.getMessage());
      assertTrue(e.getMessage().startsWith("not a feed: an HTML page"), e.getMessage());
    }
  }

  @Test
  void aReasonCutShortNeverSplitsASurrogatePair() {
    String root = "a".repeat(39) + "\ud83d\ude00";
    FeedException e = assertThrows(FeedException.class, () -> new FeedParser().parse(("<" + root + "/>").getBytes(
        java.nio.charset.StandardCharsets.UTF_8)));
    assertPairedSurrogates(e.getMessage());
    assertPairedSurrogates(Reasons.describe(new FeedException("b".repeat(299) + "\ud83d\ude00 tail")));
  }

  private static void assertPairedSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "a split pair in " + s);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "a lone low surrogate in " + s);
      }
    }
  }

  @Test
  void aFeedExceptionIsAlwaysOneLine() {
    assertEquals("HTTP 500 a\\r\\nb\\x1b[2J", new FeedException("HTTP 500 a\r\nb\u001b[2J").getMessage());
  }

  @Test
  void readsDatesWrappedInCdataAndMarksUnreadableOnes() {
    ParsedFeed f = Feeds.parse("""
        <rss version="2.0"><channel>
          <item><title>a</title><pubDate><![CDATA[Wed, 18 Feb 2026 06:34:46 +0530]]></pubDate></item>
          <item><title>b</title><pubDate>sometime soon</pubDate></item>
        </channel></rss>
        """);
    assertEquals(Optional.of(Instant.parse("2026-02-18T01:04:46Z")), f.items().get(0).published());
    assertEquals(Optional.empty(), f.items().get(1).published());
    assertEquals("sometime soon", f.items().get(1).dateText());
    assertTrue(f.warnings().contains("1 item date(s) unreadable; the fetch time stands in"), f.warnings().toString());
  }
}
