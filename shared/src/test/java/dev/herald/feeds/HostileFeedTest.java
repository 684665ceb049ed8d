package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds written to attack the parser. None may read a file, reach the network, expand entities, overflow the stack or
 * take more than linear time; each must still yield what is readable.
 */
class HostileFeedTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @TempDir Path dir;

  @Test
  void externalFileEntitiesAreNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    ParsedFeed f = Feeds.parse("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
        <rss version="2.0"><channel><item><title>a &xxe; b</title></item></channel></rss>
        """.formatted(secret.toUri()));
    String title = f.items().get(0).title().value();
    assertFalse(title.contains("TOP-SECRET"), title);
    assertEquals("a &xxe; b", title);
  }

  @Test
  void externalNetworkEntitiesAndParameterEntitiesAreNeverFetched() {
    String url = server.url("/evil.dtd").toString();
    ParsedFeed f = Feeds.parse("""
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "%1$s" [
          <!ENTITY %% remote SYSTEM "%1$s"> %%remote;
          <!ENTITY net SYSTEM "%1$s">
        ]>
        <rss version="2.0"><channel><item><title>x&net;</title></item></channel></rss>
        """.formatted(url));
    assertEquals("x&net;", f.items().get(0).title().value());
    assertEquals(0, server.getRequestCount(), "the parser made a network request");
  }

  @Test
  void billionLaughsDoesNotExpand() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    ParsedFeed f = Feeds.parse(dtd + "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>");
    assertEquals("&lol9;", f.items().get(0).title().value());
  }

  @Test
  void twoHundredThousandDeepNestingIsSkippedWithoutOverflowingTheStack() {
    int depth = 200_000;
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><item><title>before</title></item><item>");
    xml.append("<x>".repeat(depth)).append("deep").append("</x>".repeat(depth));
    xml.append("<title>after the deep part</title></item></channel></rss>");
    ParsedFeed f = Feeds.parse(xml.toString());
    assertEquals(2, f.items().size());
    assertEquals("before", f.items().get(0).title().value());
    assertEquals("after the deep part", f.items().get(1).title().value());
    assertTrue(f.warnings().stream().anyMatch(w -> w.contains("nested deeper than")), f.warnings().toString());
  }

  @Test
  void invalidBytesAndControlCharactersNeverFail() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("<rss version=\"2.0\"><channel><item><title>bad".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0, 1, (byte) 0xFE, (byte) 0x80, 0x1B, (byte) 0xC0});
    out.writeBytes("&#0;&#xD800;&#x110000;</title></item></channel></rss>".getBytes(StandardCharsets.US_ASCII));
    ParsedFeed f = Feeds.parse(out.toByteArray());
    assertEquals(1, f.items().size());
    assertTrue(f.items().get(0).title().value().startsWith("bad"));
  }

  @Test
  void aTwentyThousandItemFeedIsReadWhole() {
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>big</title>");
    for (int i = 0; i < 20_000; i++) {
      xml.append("<item><title>Item ").append(i).append("</title><link>https://big.example/").append(i)
          .append("</link><pubDate>Thu, 26 Nov 2026 12:04:00 GMT</pubDate></item>");
    }
    ParsedFeed f = Feeds.parse(xml.append("</channel></rss>").toString());
    assertEquals(20_000, f.items().size());
    assertEquals("Item 19999", f.items().get(19_999).title().value());
  }

  @Test
  void aHugeTitleIsKeptForTheArticleStageToShorten() {
    String huge = "word ".repeat(30_000);
    ParsedFeed f = Feeds.parse("<rss version=\"2.0\"><channel><item><title>" + huge + "</title></item></channel></rss>");
    assertEquals(huge.strip(), f.items().get(0).title().value());
  }

  @Test
  void anUnlabelledGzipBombStopsAtTheCap() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'a');
      for (int i = 0; i < 64; i++) z.write(zeros);
    }
    FeedException e = assertThrows(FeedException.class, () -> new FeedParser(1 << 20).parse(gz.toByteArray()));
    assertEquals("feed larger than 1 MiB (the cap)", e.getMessage());
  }

  @Test
  void deeplyNestedJsonIsRefusedNotOverflowed() {
    String deep = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [" + "[".repeat(100_000);
    FeedException e = assertThrows(FeedException.class, () -> new FeedParser().parse(deep.getBytes()));
    assertTrue(e.getMessage().startsWith("not a readable JSON Feed"), e.getMessage());
  }

  @Test
  void anUnclosedCommentOrCdataRunsToTheEndWithoutHanging() {
    ParsedFeed f = Feeds.parse("<rss version=\"2.0\"><channel><item><title>t</title></item><!-- never closed "
        + "<item><title>hidden</title></item>".repeat(1000));
    assertEquals(1, f.items().size());
    ParsedFeed g = Feeds.parse("<rss version=\"2.0\"><channel><item><title><![CDATA[open " + "x".repeat(100_000));
    assertEquals(1, g.items().size());
  }
}
