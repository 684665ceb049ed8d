package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path home;
  @StartStop final MockWebServer server = new MockWebServer();

  private static String sample(String name) {
    return Corpus.projectRoot().resolve("config/samples").resolve(name).toString();
  }

  @Test
  void printsOneCleanJsonLinePerItem() throws IOException {
    CliRun r = CliRun.run(home, "parse", "--json", sample("northwind-wire.xml"));
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size());
    JsonNode first = JsonLines.JSON.readTree(lines.get(0));
    assertEquals(List.of("title", "link", "published", "summary", "guid"),
        iterable(first.fieldNames()));
    assertEquals("2026-11-26T22:20:00Z", first.get("published").asText());
    assertEquals("https://northwindwire.example/?p=48213", first.get("guid").asText());
    for (String line : lines) {
      String summary = JsonLines.JSON.readTree(line).get("summary").asText();
      assertFalse(summary.contains("[…]") || summary.contains("<") || summary.contains("appeared first"), summary);
    }
  }

  @Test
  void printsReadableLinesWithoutJson() {
    CliRun r = CliRun.run(home, "parse", sample("techline.atom"));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("# Techline — Atom 1.0, 5 items\n2026-11-27 07:30Z  Ransomware attack"), r.out());
  }

  @Test
  void badInputIsOneLineOnStderrWithExitTwo() throws IOException {
    CliRun missing = CliRun.run(home, "parse", home.resolve("nope.xml").toString());
    assertEquals(2, missing.status());
    assertEquals("herald: " + home.resolve("nope.xml") + ": no such file\n", missing.err());
    Path html = Files.writeString(home.resolve("page.html"), "<!doctype html><html><body>hello</body></html>");
    CliRun notFeed = CliRun.run(home, "parse", html.toString());
    assertEquals(2, notFeed.status());
    assertEquals("herald: " + html + ": not a feed: an HTML page\n", notFeed.err());
    assertEquals("", notFeed.out());
  }

  @Test
  void eachKindOfNonFeedGetsAnAccurateOneLineReason() throws IOException {
    Path readme = Files.writeString(home.resolve("README.md"),
        "# Herald\n\nNews briefings for team chat.\n\n```\n<story>\n  <title>x</title>\n</story>\n```\n");
    assertEquals("herald: " + readme + ": not a feed: it is text, not XML or JSON (it begins \u201c# Herald\u201d)\n",
        CliRun.run(home, "parse", readme.toString()).err());
    assertEquals("herald: " + home + ": is a directory; give one feed file\n",
        CliRun.run(home, "parse", home.toString()).err());
    CliRun ftp = CliRun.run(home, "parse", "ftp://ftp.example.org/feed.xml");
    assertEquals(2, ftp.status());
    assertEquals("herald: ftp://ftp.example.org/feed.xml: only http:// and https:// URLs (or local files) can be read,"
        + " not ftp://\n", ftp.err());
  }

  @Test
  void fetchesUrlsAndRefusesPrivateAddressesByDefault() throws IOException {
    server.enqueue(new MockResponse.Builder().body("<rss version=\"2.0\"><channel><item><title>Hi</title>"
        + "<link>https://x.example/1</link></item></channel></rss>").build());
    CliRun refused = CliRun.run(home, "parse", server.url("/rss").toString());
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains("(loopback); refused (fetch.allow_private_addresses is off)"), refused.err());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertEquals(0, server.getRequestCount());
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/herald.yaml"), "fetch:\n  allow_private_addresses: true\n");
    CliRun ok = CliRun.run(home, "parse", "--json", server.url("/rss").toString());
    assertEquals(0, ok.status(), ok.err());
    assertEquals("{\"title\":\"Hi\",\"link\":\"https://x.example/1\",\"published\":null,\"summary\":\"\",\"guid\":\"\"}\n",
        ok.out());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
