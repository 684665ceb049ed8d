package dev.herald.feeds;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches http(s) feeds with OkHttp, politely and defensively: a conditional GET from the last validators, gzip
 * (counted after decompression against the size cap, so a decompression bomb stops at the cap), connect / read /
 * total timeouts, redirects followed by hand up to a limit with the address checked on every hop (literal IPs here,
 * resolved names in {@link GuardedDns}), no proxy, a {@code User-Agent} naming Herald and a contact URL, and at most
 * N requests in flight per host. Thread-safe; share one instance.
 */
public final class HttpFeedFetcher implements FeedFetcher {
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
      + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

  private final HttpGet http;
  private final long maxBytes;

  private HttpFeedFetcher(Builder b) {
    this.http = new HttpGet(b);
    this.maxBytes = b.maxBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    HttpUrl url = HttpUrl.parse(feed.url().toString());
    if (url == null) throw new FeedException("not an http(s) URL: " + feed.url());
    Map<String, String> conditional = new LinkedHashMap<>();
    if (!validators.etag().isEmpty()) conditional.put("If-None-Match", validators.etag());
    if (!validators.lastModified().isEmpty()) conditional.put("If-Modified-Since", validators.lastModified());
    return http.get(url, conditional, Map.of("Accept", ACCEPT), (response, at) -> result(response, validators, at));
  }

  private FetchResult result(Response response, Validators sent, HttpUrl url) throws IOException {
    int code = response.code();
    if (code == 304) return new FetchResult.NotModified(sent);
    if (code == 429 || code == 503) {
      Duration after = retryAfter(response.header("Retry-After"));
      throw new RetryLaterException("HTTP " + code + " " + HttpGet.status(response)
          + (after.isZero() ? "" : " (retry after " + after.toSeconds() + " s)"), after);
    }
    if (code < 200 || code >= 300) throw new FeedException("HTTP " + code + " " + HttpGet.status(response));
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxBytes && response.header("Content-Encoding") == null) {
      throw new TooLargeException("feed", maxBytes);
    }
    byte[] bytes;
    try (InputStream in = body.byteStream()) {
      bytes = BoundedRead.readAll(in, maxBytes);
    }
    MediaType type = body.contentType();
    Optional<String> charset = type == null ? Optional.empty() : Optional.ofNullable(type.parameter("charset"));
    Validators next = new Validators(Objects.requireNonNullElse(response.header("ETag"), ""),
        Objects.requireNonNullElse(response.header("Last-Modified"), ""));
    return new FetchResult.Fetched(bytes, charset, url.uri(), next);
  }

  static Duration retryAfter(String header) {
    if (header == null) return Duration.ZERO;
    String h = header.strip();
    if (h.chars().allMatch(Character::isDigit) && !h.isEmpty() && h.length() < 9) {
      return Duration.ofSeconds(Long.parseLong(h));
    }
    return FeedDates.rfc822(h).map(t -> Duration.between(java.time.Instant.now(), t))
        .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
  }

  /** Settings for an {@link HttpFeedFetcher}; {@link #build()} validates them. */
  public static final class Builder {
    String version = "";
    String contactUrl = "";
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(20);
    Duration totalTimeout = Duration.ofSeconds(30);
    long maxBytes = 10L * 1024 * 1024;
    int maxRedirects = 5;
    int maxConcurrentPerHost = 2;
    AddressPolicy policy = AddressPolicy.PUBLIC_ONLY;
    Dns dns = Dns.SYSTEM;
    EventListener.Factory events = call -> EventListener.NONE;

    private Builder() {}

    /** Herald's version and a URL where publishers can reach its operator; both go in the User-Agent. */
    public Builder userAgent(String version, String contactUrl) {
      this.version = version;
      this.contactUrl = contactUrl;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder readTimeout(Duration d) {
      this.readTimeout = d;
      return this;
    }

    /** The whole fetch, redirects and body included. */
    public Builder totalTimeout(Duration d) {
      this.totalTimeout = d;
      return this;
    }

    /** The cap on a body's size after decompression. */
    public Builder maxBytes(long bytes) {
      this.maxBytes = bytes;
      return this;
    }

    public Builder maxRedirects(int n) {
      this.maxRedirects = n;
      return this;
    }

    public Builder maxConcurrentPerHost(int n) {
      this.maxConcurrentPerHost = n;
      return this;
    }

    /** Which addresses may be fetched; {@link AddressPolicy#PUBLIC_ONLY} unless config allows private ones. */
    public Builder addressPolicy(AddressPolicy p) {
      this.policy = p;
      return this;
    }

    /** The resolver (tests pass a fake one). */
    public Builder dns(Dns d) {
      this.dns = d;
      return this;
    }

    /** Told of every request's progress (request metrics); default: nothing. */
    public Builder events(EventListener.Factory f) {
      this.events = f;
      return this;
    }

    public HttpFeedFetcher build() {
      validate();
      return new HttpFeedFetcher(this);
    }

    /** An article-page fetcher with these settings (its own per-host limit; {@code text/html} only). */
    public HttpPageFetcher buildPageFetcher() {
      validate();
      return new HttpPageFetcher(this);
    }

    private void validate() {
      if (version == null || version.isBlank()) throw new IllegalStateException("User-Agent version required.");
      if (contactUrl == null || contactUrl.isBlank()) throw new IllegalStateException("Contact URL required.");
      for (Duration d : new Duration[] {connectTimeout, readTimeout, totalTimeout}) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalStateException("Timeouts must be positive.");
      }
      if (maxBytes < 1024) throw new IllegalStateException("maxBytes must be at least 1024.");
      if (maxRedirects < 0 || maxRedirects > 20) throw new IllegalStateException("maxRedirects must be 0 to 20.");
      if (maxConcurrentPerHost < 1) throw new IllegalStateException("maxConcurrentPerHost must be at least 1.");
      Objects.requireNonNull(policy, "policy == null");
      Objects.requireNonNull(dns, "dns == null");
      Objects.requireNonNull(events, "events == null");
    }
  }

  @Override
  public String toString() {
    return "HttpFeedFetcher[" + http.userAgent().toLowerCase(Locale.ROOT) + "]";
  }
}
