package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dns;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Article pages through real OkHttp against a local server, with the feed fetcher's rules. */
class HttpPageFetcherTest {
  private static final String PAGE = "<!doctype html><html><head><title>t</title></head><body><p>Body</p></body></html>";

  @StartStop final MockWebServer server = new MockWebServer();

  private static HttpFeedFetcher.Builder builder() {
    return HttpFeedFetcher.builder()
        .userAgent("1.2.3", "https://herald.example/contact")
        .addressPolicy(InetAddress::isLoopbackAddress)
        .maxBytes(64 * 1024)
        .totalTimeout(Duration.ofSeconds(5));
  }

  private URI url(String path) {
    return server.url(path).uri();
  }

  @Test
  void readsAnHtmlPageWithItsCharsetAndFinalAddress() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/story").build());
    server.enqueue(new MockResponse.Builder().body(PAGE)
        .addHeader("Content-Type", "text/html; charset=ISO-8859-1").build());
    FetchedPage page = builder().buildPageFetcher().page(url("/s"));
    assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), page.body());
    assertEquals(Optional.of("ISO-8859-1"), page.charset());
    assertEquals(url("/story"), page.finalUrl());
    RecordedRequest req = server.takeRequest();
    assertEquals("Herald/1.2.3 (+https://herald.example/contact)", req.getHeaders().get("User-Agent"));
    assertTrue(req.getHeaders().get("Accept").startsWith("text/html"), req.getHeaders().get("Accept"));
  }

  @Test
  void readsXhtmlToo() throws Exception {
    server.enqueue(new MockResponse.Builder().body(PAGE).addHeader("Content-Type", "application/xhtml+xml").build());
    assertEquals(PAGE.length(), builder().buildPageFetcher().page(url("/x")).body().length);
  }

  @Test
  void refusesWhatIsNotHtml() {
    server.enqueue(new MockResponse.Builder().body("%PDF-1.7").addHeader("Content-Type", "application/pdf").build());
    NotHtmlException e = assertThrows(NotHtmlException.class, () -> builder().buildPageFetcher().page(url("/a.pdf")));
    assertEquals("not an HTML page: application/pdf", e.getMessage());
    server.enqueue(new MockResponse.Builder().body(PAGE).removeHeader("Content-Type").build());
    assertEquals("not an HTML page: no Content-Type",
        assertThrows(NotHtmlException.class, () -> builder().buildPageFetcher().page(url("/none"))).getMessage());
  }

  @Test
  void capsThePageAfterDecompression() throws Exception {
    byte[] kib = "<p>0123456789</p>".repeat(60).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      for (int i = 0; i < 100; i++) z.write(kib); // about 100 KiB of HTML in a few hundred bytes
    }
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(out.toByteArray()))
        .addHeader("Content-Encoding", "gzip").addHeader("Content-Type", "text/html").build());
    TooLargeException e = assertThrows(TooLargeException.class, () -> builder().buildPageFetcher().page(url("/big")));
    assertEquals("page larger than 64 KiB (the cap)", e.getMessage());
  }

  @Test
  void refusesARedirectToAPrivateAddressAfterResolvingIt() {
    Dns fake = host -> host.equals("intranet.example") ? List.of(InetAddress.getByAddress(new byte[] {10, 0, 0, 7}))
        : Dns.SYSTEM.lookup(host);
    PageFetcher fetcher = builder().dns(fake).buildPageFetcher();
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", "http://intranet.example:" + server.getPort() + "/wiki").build());
    IOException e = assertThrows(IOException.class, () -> fetcher.page(url("/story")));
    assertTrue(Reasons.refused(e), e.toString());
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://192.168.1.1/").build());
    IOException literal = assertThrows(IOException.class, () -> fetcher.page(url("/story2")));
    assertTrue(Reasons.refused(literal), literal.toString());
    assertEquals("192.168.1.1, a special-purpose or local address (private-use); refused"
        + " (fetch.allow_private_addresses is off)", Reasons.describe(literal));
    assertEquals(2, server.getRequestCount(), "only the public hops were requested");
  }

  @Test
  void reportsTheStatusOfAMissingPage() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    HttpStatusException e = assertThrows(HttpStatusException.class, () -> builder().buildPageFetcher().page(url("/x")));
    assertEquals(404, e.code());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
    RetryLaterException r = assertThrows(RetryLaterException.class, () -> builder().buildPageFetcher().page(url("/y")));
    assertEquals(Duration.ofSeconds(30), r.retryAfter());
  }

  @Test
  void readsRobotsTxtWhateverItsStatus() throws Exception {
    server.enqueue(new MockResponse.Builder().body("User-agent: *\nDisallow: /private/\n")
        .addHeader("Content-Type", "text/plain").build());
    RobotsFile found = builder().buildPageFetcher().robots(url("/2026/story"));
    assertEquals(200, found.status());
    assertEquals("User-agent: *\nDisallow: /private/\n", new String(found.body(), StandardCharsets.UTF_8));
    assertEquals("/robots.txt", server.takeRequest().getUrl().encodedPath());
    server.enqueue(new MockResponse.Builder().code(404).body("no such file").build());
    RobotsFile missing = builder().buildPageFetcher().robots(url("/other"));
    assertEquals(404, missing.status());
    assertEquals(0, missing.body().length);
  }
}
