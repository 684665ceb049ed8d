package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline runs read a file feed's pages from the directory beside it, laid out by host and path. */
class LocalPageFetcherTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void mapsAUrlToItsHostAndPath() throws Exception {
    write("pages/news.example/2026/11/26/strike.html", "<p>strike</p>");
    write("pages/news.example/2026/index.html", "<p>index</p>");
    LocalPageFetcher pages = new LocalPageFetcher(dir.resolve("pages"), 1 << 20);
    assertEquals("<p>strike</p>", text(pages.page(URI.create("https://news.example/2026/11/26/strike"))));
    assertEquals("<p>strike</p>", text(pages.page(URI.create("https://NEWS.example/2026/11/26/strike.html?x=1"))));
    assertEquals("<p>index</p>", text(pages.page(URI.create("https://news.example/2026/"))));
    assertFalse(pages.paced(), "local copies cost no site anything");
  }

  @Test
  void aPageWithNoLocalCopyIsNotFoundAndNothingOutsideTheDirectoryIsRead() throws Exception {
    write("secret.html", "<p>secret</p>");
    LocalPageFetcher pages = new LocalPageFetcher(dir.resolve("pages"), 1 << 20);
    HttpStatusException e = assertThrows(HttpStatusException.class,
        () -> pages.page(URI.create("https://news.example/missing")));
    assertEquals(404, e.code());
    assertThrows(HttpStatusException.class, () -> pages.page(URI.create("https://news.example/../../secret.html")));
    assertThrows(HttpStatusException.class, () -> pages.page(URI.create("https://..%2F..%2F/secret.html")));
  }

  @Test
  void onlyHtmlFilesArePagesAndTheCapHolds() throws Exception {
    write("pages/news.example/report.pdf", "%PDF");
    write("pages/news.example/big.html", "x".repeat(2048));
    LocalPageFetcher pages = new LocalPageFetcher(dir.resolve("pages"), 1024);
    assertThrows(NotHtmlException.class, () -> pages.page(URI.create("https://news.example/report.pdf")));
    assertEquals("page larger than 1 KiB (the cap)",
        assertThrows(TooLargeException.class, () -> pages.page(URI.create("https://news.example/big"))).getMessage());
  }

  @Test
  void robotsTxtIsTheSiteFolderOrAbsent() throws Exception {
    write("pages/news.example/robots.txt", "User-agent: *\nDisallow: /paid/\n");
    LocalPageFetcher pages = new LocalPageFetcher(dir.resolve("pages"), 1 << 20);
    RobotsFile r = pages.robots(URI.create("https://news.example/anything"));
    assertEquals(200, r.status());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Disallow: /paid/"));
    assertEquals(404, pages.robots(URI.create("https://other.example/")).status());
  }

  @Test
  void aFileFeedReadsThePagesBesideItAndAnHttpFeedTheNetwork() throws Exception {
    Path feed = write("samples/feed.xml", "<rss/>");
    PageFetcher http = new LocalPageFetcher(dir.resolve("elsewhere"), 1024);
    PageFetchers route = new PageFetchers(http, 1 << 20);
    PageFetcher local = route.apply(FeedSource.of("f", "F", feed.toUri(), List.of()));
    assertEquals("LocalPageFetcher[" + dir.resolve("samples/pages") + "]", local.toString());
    assertEquals(http, route.apply(FeedSource.of("g", "G", URI.create("https://news.example/rss"), List.of())));
  }

  private static String text(FetchedPage p) {
    return new String(p.body(), StandardCharsets.UTF_8);
  }
}
