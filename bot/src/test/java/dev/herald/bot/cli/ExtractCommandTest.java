package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  static final String PAGE = "<!doctype html><html><head><title>Ferry | Harbour News</title>"
      + "<meta property=\"og:site_name\" content=\"Harbour News\">"
      + "<meta property=\"og:image\" content=\"/img/ferry.jpg\">"
      + "<meta name=\"author\" content=\"Ana Ruiz\">"
      + "<meta property=\"article:published_time\" content=\"2026-02-10T09:00:00Z\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
      + "<article><h1>Night ferry returns after a winter break</h1>"
      + "<p>The night ferry between the two islands returned on Monday after a winter break of three months, with"
      + " a new boat, longer opening hours at both terminals and cheaper tickets for residents.</p>"
      + "<p>The operator said bookings for the spring were already twice those of last year, and that it would add"
      + " a second crossing on Fridays and Saturdays from the start of April.</p>"
      + "<div class=\"share-bar\"><a href=\"#\">Share</a></div></article></body></html>";
  static final String BODY = "The night ferry between the two islands returned on Monday after a winter break of three"
      + " months, with a new boat, longer opening hours at both terminals and cheaper tickets for residents.\n\n"
      + "The operator said bookings for the spring were already twice those of last year, and that it would add a"
      + " second crossing on Fridays and Saturdays from the start of April.";

  @TempDir Path home;
  @StartStop final MockWebServer server = new MockWebServer();

  private static JsonNode json(String line) throws IOException {
    return JsonLines.JSON.readTree(line);
  }

  @Test
  void aFileGivesOneJsonLineWithTheArticleAndItsMetadata() throws IOException {
    Path page = Files.writeString(home.resolve("ferry.html"), PAGE);
    CliRun r = CliRun.run(home, "extract", "--json", "--url", "https://harbour.example/news/ferry", page.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.out().strip().lines().count(), r.out());
    JsonNode j = json(r.out());
    assertEquals(page.toString(), j.get("source").asText());
    assertEquals("https://harbour.example/news/ferry", j.get("url").asText());
    assertEquals("Night ferry returns after a winter break", j.get("title").asText(), "the h1, not the <title>");
    assertEquals("Harbour News", j.get("site_name").asText());
    assertEquals("Ana Ruiz", j.get("author").asText());
    assertEquals("2026-02-10T09:00:00Z", j.get("published").asText());
    assertEquals("https://harbour.example/img/ferry.jpg", j.get("image").asText(), "resolved against --url");
    assertEquals(BODY, j.get("text").asText());
    assertEquals("article", j.get("used").asText());
  }

  @Test
  void aGzipFileIsReadAsGzipAndSeveralInputsGiveOneLineEach() throws IOException {
    Path plain = Files.writeString(home.resolve("ferry.html"), PAGE);
    Path gz = home.resolve("ferry.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    CliRun r = CliRun.run(home, "extract", "--json", gz.toString(), plain.toString());
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length, r.out());
    assertEquals(BODY, json(lines[0]).get("text").asText());
    assertEquals(BODY, json(lines[1]).get("text").asText());
    assertTrue(json(lines[0]).get("url").asText().startsWith("file:"), "without --url the file is the address");
    assertTrue(json(lines[0]).get("image").isNull(), "a relative image on a file page is not https");
  }

  @Test
  void aPageThatIsNotTheArticleHasNoTextAndSaysWhatItIs() throws IOException {
    Path page = Files.writeString(home.resolve("shell.html"), "<!doctype html><html><head><title>App</title></head>"
        + "<body><noscript>You need to enable JavaScript to run this app.</noscript><div id=\"root\"></div></body>"
        + "</html>");
    CliRun r = CliRun.run(home, "extract", "--json", page.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("javascript", json(r.out()).get("used").asText());
    assertEquals("", json(r.out()).get("text").asText());
  }

  @Test
  void aMissingFileOrAFileThatIsNotHtmlIsOneLineAndExitTwo() throws IOException {
    CliRun missing = CliRun.run(home, "extract", home.resolve("nope.html").toString());
    assertEquals(2, missing.status());
    assertEquals("herald: " + home.resolve("nope.html") + ": no such file\n", missing.err());
    Path feed = Files.writeString(home.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\">"
        + "<channel><title>x</title></channel></rss>");
    CliRun notHtml = CliRun.run(home, "extract", "--json", feed.toString());
    assertEquals(2, notHtml.status());
    assertEquals("herald: " + feed + ": not an HTML page (a feed; use herald parse)\n", notHtml.err());
    Path data = Files.writeString(home.resolve("data.json"), "{\"title\": \"x\"}");
    assertEquals("herald: " + data + ": not an HTML page\n", CliRun.run(home, "extract", data.toString()).err());
  }

  @Test
  void aDirectoryOrACorruptGzipFileSaysWhatItIs() throws IOException {
    assertEquals("herald: " + home + ": is a directory; give page files\n",
        CliRun.run(home, "extract", home.toString()).err());
    Path gz = Files.write(home.resolve("page.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 'x', 'y'});
    CliRun corrupt = CliRun.run(home, "extract", gz.toString());
    assertEquals(2, corrupt.status());
    assertEquals("herald: " + gz + ": a corrupt gzip file\n", corrupt.err());
  }

  @Test
  void oneBadInputAmongGoodOnesStillPrintsTheGoodOnesAndExitsTwo() throws IOException {
    Path page = Files.writeString(home.resolve("ferry.html"), PAGE);
    CliRun r = CliRun.run(home, "extract", "--json", page.toString(), home.resolve("nope.html").toString());
    assertEquals(2, r.status());
    assertEquals(1, r.out().strip().lines().count());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void urlsAreFetchedWithTheFeedRulesPrivateAddressesRefusedByDefault() throws Exception {
    CliRun refused = CliRun.run(home, "extract", "--json", server.url("/news/ferry").toString());
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains("refused (fetch.allow_private_addresses is off)"), refused.err());
    assertEquals(1, refused.err().strip().lines().count(), refused.err());
    assertEquals(0, server.getRequestCount());

    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/herald.yaml"), "fetch:\n  allow_private_addresses: true\n");
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(PAGE)
        .build());
    CliRun ok = CliRun.run(home, "extract", "--json", server.url("/news/ferry").toString());
    assertEquals(0, ok.status(), ok.err());
    assertEquals(BODY, json(ok.out()).get("text").asText());
    assertEquals(server.url("/news/ferry").toString(), json(ok.out()).get("url").asText());
    assertTrue(server.takeRequest().getHeaders().get("User-Agent").startsWith("Herald/"));

    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/pdf").body("%PDF-1.4").build());
    CliRun pdf = CliRun.run(home, "extract", server.url("/report.pdf").toString());
    assertEquals(2, pdf.status());
    assertTrue(pdf.err().startsWith("herald: " + server.url("/report.pdf") + ": "), pdf.err());
    assertTrue(pdf.err().toLowerCase().contains("html"), pdf.err());
  }
}
