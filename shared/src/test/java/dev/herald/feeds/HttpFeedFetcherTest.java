package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dns;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Real HTTP through OkHttp against a local server; the loopback server is allowed explicitly. */
class HttpFeedFetcherTest {
  private static final String RSS = "<rss version=\"2.0\"><channel><item><title>t</title></item></channel></rss>";

  @StartStop final MockWebServer server = new MockWebServer();

  private static HttpFeedFetcher.Builder builder() {
    return HttpFeedFetcher.builder()
        .userAgent("1.2.3", "https://herald.example/contact")
        .addressPolicy(InetAddress::isLoopbackAddress)
        .maxBytes(64 * 1024)
        .totalTimeout(Duration.ofSeconds(5));
  }

  private FeedSource feed(String path) {
    return FeedSource.of("f", "F", server.url(path).uri(), List.of());
  }

  @Test
  void sendsAPoliteUserAgentAndReturnsTheBodyAndValidators() throws Exception {
    server.enqueue(new MockResponse.Builder().body(RSS).addHeader("ETag", "\"v1\"")
        .addHeader("Last-Modified", "Thu, 26 Nov 2026 12:00:00 GMT")
        .addHeader("Content-Type", "application/rss+xml; charset=ISO-8859-1").build());
    FetchResult r = builder().build().fetch(feed("/rss"), Validators.NONE);
    FetchResult.Fetched f = assertInstanceOf(FetchResult.Fetched.class, r);
    assertArrayEquals(RSS.getBytes(StandardCharsets.UTF_8), f.body());
    assertEquals(Optional.of("ISO-8859-1"), f.charset());
    assertEquals(new Validators("\"v1\"", "Thu, 26 Nov 2026 12:00:00 GMT"), f.validators());
    RecordedRequest req = server.takeRequest();
    assertEquals("Herald/1.2.3 (+https://herald.example/contact)", req.getHeaders().get("User-Agent"));
    assertEquals("gzip", req.getHeaders().get("Accept-Encoding"));
    assertEquals(null, req.getHeaders().get("If-None-Match"));
  }

  @Test
  void aKeptAliveConnectionTheServerClosedMeanwhileIsReplacedNotReportedAsAFailedFetch() throws Exception {
    // the server closes the connection after answering without saying so, as a server does when a kept-alive
    // connection idles past its timeout: the next poll takes the dead connection from the pool and must open another
    server.enqueue(new MockResponse.Builder().body(RSS).onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().body(RSS).build());
    HttpFeedFetcher fetcher = builder().build();
    assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(feed("/rss"), Validators.NONE));
    FetchResult again = fetcher.fetch(feed("/rss"), Validators.NONE);
    assertArrayEquals(RSS.getBytes(StandardCharsets.UTF_8), assertInstanceOf(FetchResult.Fetched.class, again).body());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void makesAConditionalGetAndReportsNotModified() throws Exception {
    server.enqueue(new MockResponse.Builder().code(304).build());
    Validators sent = new Validators("\"v1\"", "Thu, 26 Nov 2026 12:00:00 GMT");
    FetchResult r = builder().build().fetch(feed("/rss"), sent);
    assertEquals(new FetchResult.NotModified(sent), r);
    RecordedRequest req = server.takeRequest();
    assertEquals("\"v1\"", req.getHeaders().get("If-None-Match"));
    assertEquals("Thu, 26 Nov 2026 12:00:00 GMT", req.getHeaders().get("If-Modified-Since"));
  }

  @Test
  void inflatesGzipBodies() throws Exception {
    server.enqueue(new MockResponse.Builder().body(gzip(RSS.getBytes(StandardCharsets.UTF_8), 1))
        .addHeader("Content-Encoding", "gzip").build());
    FetchResult.Fetched f = (FetchResult.Fetched) builder().build().fetch(feed("/rss"), Validators.NONE);
    assertEquals(RSS, new String(f.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aGzipBombStopsAtTheDecompressedCap() throws Exception {
    byte[] mib = new byte[1 << 20];
    java.util.Arrays.fill(mib, (byte) ' ');
    Buffer bomb = gzip(mib, 32); // 32 MiB of spaces in about 32 KiB
    server.enqueue(new MockResponse.Builder().body(bomb).addHeader("Content-Encoding", "gzip").build());
    FeedException e = assertThrows(FeedException.class, () -> builder().build().fetch(feed("/bomb"), Validators.NONE));
    assertEquals("feed larger than 64 KiB (the cap)", e.getMessage());
  }

  @Test
  void anOversizedPlainBodyIsRefused() {
    server.enqueue(new MockResponse.Builder().body("x".repeat(70 * 1024)).build());
    FeedException e = assertThrows(FeedException.class, () -> builder().build().fetch(feed("/big"), Validators.NONE));
    assertEquals("feed larger than 64 KiB (the cap)", e.getMessage());
  }

  @Test
  void followsRedirectsUpToTheLimit() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/moved").build());
    server.enqueue(new MockResponse.Builder().body(RSS).build());
    FetchResult.Fetched f = (FetchResult.Fetched) builder().build().fetch(feed("/old"), Validators.NONE);
    assertEquals(server.url("/moved").uri(), f.finalUri());
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop" + i).build());
    }
    FeedException e = assertThrows(FeedException.class,
        () -> builder().maxRedirects(2).build().fetch(feed("/loop"), Validators.NONE));
    assertEquals("too many redirects (more than 2)", e.getMessage());
  }

  @Test
  void refusesPrivateAddressesUnlessAllowed() {
    HttpFeedFetcher publicOnly = builder().addressPolicy(AddressPolicy.PUBLIC_ONLY).build();
    FeedSource literal = FeedSource.of("f", "F", URI.create("http://127.0.0.1:" + server.getPort() + "/"), List.of());
    FeedSource named = FeedSource.of("f", "F", URI.create("http://localhost:" + server.getPort() + "/"), List.of());
    FeedException a = assertThrows(FeedException.class, () -> publicOnly.fetch(literal, Validators.NONE));
    assertEquals("127.0.0.1, a special-purpose or local address (loopback); refused (fetch.allow_private_addresses"
        + " is off)", a.getMessage());
    IOException b = assertThrows(IOException.class, () -> publicOnly.fetch(named, Validators.NONE));
    assertTrue(Reasons.describe(b).startsWith("localhost resolves to "), Reasons.describe(b));
    assertTrue(Reasons.describe(b).endsWith("(loopback); refused (fetch.allow_private_addresses is off)"),
        Reasons.describe(b));
    assertEquals(0, server.getRequestCount(), "a refused address was contacted");
  }

  @Test
  void refusesARedirectToAPrivateAddressAfterResolvingIt() throws Exception {
    Dns fake = host -> host.equals("internal.example") ? List.of(InetAddress.getByAddress(new byte[] {10, 1, 2, 3}))
        : Dns.SYSTEM.lookup(host);
    HttpFeedFetcher fetcher = builder().dns(fake).build();
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", "http://internal.example:" + server.getPort() + "/admin").build());
    IOException e = assertThrows(IOException.class, () -> fetcher.fetch(feed("/hop"), Validators.NONE));
    assertEquals("internal.example resolves to 10.1.2.3, a special-purpose or local address (private-use); refused"
        + " (fetch.allow_private_addresses is off)", Reasons.describe(e));
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://169.254.169.254/meta").build());
    FeedException literal = assertThrows(FeedException.class, () -> fetcher.fetch(feed("/hop2"), Validators.NONE));
    assertEquals("169.254.169.254, a special-purpose or local address (link-local); refused"
        + " (fetch.allow_private_addresses is off)", literal.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void refusesDocumentationRangesAndThisHostsOwnAddressesOnEveryHop() throws Exception {
    InetAddress own = InetAddress.getByName("93.184.216.34");
    Dns fake = host -> switch (host) {
      case "docs.example" -> List.of(InetAddress.getByName("198.51.100.7"));
      case "self.example" -> List.of(own);
      default -> Dns.SYSTEM.lookup(host);
    };
    AddressPolicy mine = AddressPolicy.publicOnly(() -> java.util.Set.of(own));
    HttpFeedFetcher fetcher = builder().dns(fake).addressPolicy(a -> a.isLoopbackAddress() || mine.allows(a)).build();
    for (String target : List.of("http://docs.example/feed", "http://self.example:3000/slack/events",
        "http://203.0.113.5/feed", "http://93.184.216.34:3000/")) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", target).build());
      IOException e = assertThrows(IOException.class, () -> fetcher.fetch(feed("/hop"), Validators.NONE));
      assertTrue(Reasons.describe(e).endsWith("refused (fetch.allow_private_addresses is off)"), Reasons.describe(e));
      assertEquals(Reasons.UNREACHABLE, Reasons.forWorkspace(e), "a workspace's feed health stays generic");
    }
    assertEquals(4, server.getRequestCount(), "only the first hop of each was contacted");
  }

  @Test
  void aWorkspaceSeesOneGenericReasonForEveryNetworkFailureButHttpStatusesAsTheyAre() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    FeedException notFound = assertThrows(FeedException.class,
        () -> builder().build().fetch(feed("/gone"), Validators.NONE));
    assertEquals("HTTP 404 Client Error", Reasons.forWorkspace(notFound));
    for (IOException e : List.of(new java.net.ConnectException("Connection refused"),
        new java.net.SocketTimeoutException("timeout"), new java.net.NoRouteToHostException("x"),
        new java.net.UnknownHostException("nope.example"), new javax.net.ssl.SSLHandshakeException("bad cert"))) {
      assertEquals(Reasons.UNREACHABLE, Reasons.forWorkspace(e), e.toString());
    }
  }

  @Test
  void describesHttpErrorsInOneLineAndHonoursRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    FeedException e = assertThrows(FeedException.class, () -> builder().build().fetch(feed("/gone"), Validators.NONE));
    assertEquals("HTTP 404 Client Error", e.getMessage());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    RetryLaterException r = assertThrows(RetryLaterException.class,
        () -> builder().build().fetch(feed("/busy"), Validators.NONE));
    assertEquals(Duration.ofMinutes(2), r.retryAfter());
    assertTrue(r.getMessage().startsWith("HTTP 429"), r.getMessage());
  }

  @Test
  void aSlowServerTimesOutWithinTheTotalBudget() {
    server.enqueue(new MockResponse.Builder().body(RSS).bodyDelay(3, TimeUnit.SECONDS).build());
    HttpFeedFetcher fetcher = builder().totalTimeout(Duration.ofMillis(400)).build();
    long start = System.nanoTime();
    IOException e = assertThrows(IOException.class, () -> fetcher.fetch(feed("/slow"), Validators.NONE));
    assertEquals("timed out", Reasons.describe(e));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "the total timeout did not apply");
  }

  @Test
  void keepsAtMostNRequestsInFlightPerHost() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        Thread.sleep(150);
        inFlight.decrementAndGet();
        return new MockResponse.Builder().body(RSS).build();
      }
    });
    HttpFeedFetcher fetcher = builder().maxConcurrentPerHost(2).build();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) results.add(pool.submit(() -> fetcher.fetch(feed("/p"), Validators.NONE)));
      for (Future<FetchResult> f : results) assertInstanceOf(FetchResult.Fetched.class, f.get());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, peak.get());
  }

  @Test
  void theBuilderRequiresAUserAgent() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> HttpFeedFetcher.builder().build());
    assertEquals("User-Agent version required.", e.getMessage());
  }

  private static Buffer gzip(byte[] chunk, int times) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      for (int i = 0; i < times; i++) z.write(chunk);
    }
    return new Buffer().write(out.toByteArray());
  }
}
