package dev.herald.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches article pages and {@code robots.txt} over HTTP with the feed fetcher's rules ({@link HttpGet}: address
 * policy after DNS and on every redirect, timeouts, redirect limit, User-Agent and contact URL, per-host limit) and a
 * size cap counted after decompression. Only {@code text/html} and {@code application/xhtml+xml} pages are read.
 * Built by {@link HttpFeedFetcher.Builder#buildPageFetcher()}. Thread-safe; share one instance.
 */
final class HttpPageFetcher implements PageFetcher {
  private static final String ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
  /** RFC 9309: crawlers must read at least 500 KiB of a robots.txt; more is ignored. */
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;

  private final HttpGet http;
  private final long maxBytes;

  HttpPageFetcher(HttpFeedFetcher.Builder b) {
    this.http = new HttpGet(b);
    this.maxBytes = b.maxBytes;
  }

  @Override
  public FetchedPage page(URI url) throws IOException {
    return http.get(parse(url), Map.of(), Map.of("Accept", ACCEPT_HTML), this::page);
  }

  private FetchedPage page(Response response, HttpUrl url) throws IOException {
    int code = response.code();
    if (code == 429 || code == 503) {
      Duration after = HttpFeedFetcher.retryAfter(response.header("Retry-After"));
      throw new RetryLaterException("HTTP " + code + " " + HttpGet.status(response), after);
    }
    if (code < 200 || code >= 300) throw new HttpStatusException(code, HttpGet.status(response));
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    String mime = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) throw new NotHtmlException(mime);
    if (body.contentLength() > maxBytes && response.header("Content-Encoding") == null) {
      throw new TooLargeException("page", maxBytes);
    }
    byte[] bytes;
    try (InputStream in = body.byteStream()) {
      bytes = BoundedRead.readAll(in, maxBytes, "page");
    }
    return new FetchedPage(url.uri(), bytes, Optional.ofNullable(type.parameter("charset")));
  }

  @Override
  public RobotsFile robots(URI url) throws IOException {
    HttpUrl robots = parse(url).resolve("/robots.txt");
    return http.get(robots, Map.of(), Map.of("Accept", "text/plain, */*;q=0.1"), (response, at) -> {
      int code = response.code();
      ResponseBody body = response.body();
      MediaType type = body.contentType();
      String mime = type == null ? "" : type.type() + "/" + type.subtype();
      if (code < 200 || code >= 300) return new RobotsFile(code, new byte[0], mime);
      byte[] bytes;
      try (InputStream in = body.byteStream()) {
        bytes = BoundedRead.readPrefix(in, MAX_ROBOTS_BYTES);
      }
      return new RobotsFile(code, bytes, mime);
    });
  }

  @Override
  public void cancelAll() {
    http.cancelAll();
  }

  private static HttpUrl parse(URI url) throws FeedException {
    HttpUrl u = HttpUrl.parse(url.toString());
    if (u == null) throw new FeedException("not an http(s) URL: " + url);
    return u;
  }

  @Override
  public String toString() {
    return "HttpPageFetcher[" + http.userAgent().toLowerCase(Locale.ROOT) + "]";
  }
}
