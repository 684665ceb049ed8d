package dev.herald.feeds;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
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

  private final OkHttpClient client;
  private final String userAgent;
  private final long maxBytes;
  private final int maxRedirects;
  private final Duration totalTimeout;
  private final AddressPolicy policy;
  private final HostLimiter limiter;

  private HttpFeedFetcher(Builder b) {
    this.userAgent = "Herald/" + b.version + " (+" + b.contactUrl + ")";
    this.maxBytes = b.maxBytes;
    this.maxRedirects = b.maxRedirects;
    this.totalTimeout = b.totalTimeout;
    this.policy = b.policy;
    this.limiter = new HostLimiter(b.maxConcurrentPerHost);
    this.client = new OkHttpClient.Builder()
        .dns(new GuardedDns(b.dns, b.policy))
        .proxy(Proxy.NO_PROXY)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .callTimeout(b.totalTimeout)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    HttpUrl url = HttpUrl.parse(feed.url().toString());
    if (url == null) throw new FeedException("not an http(s) URL: " + feed.url());
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    for (int hop = 0; ; hop++) {
      checkLiteralAddress(url);
      Request.Builder request = new Request.Builder().url(url)
          .header("User-Agent", userAgent)
          .header("Accept", ACCEPT);
      if (hop == 0 && !validators.etag().isEmpty()) request.header("If-None-Match", validators.etag());
      if (hop == 0 && !validators.lastModified().isEmpty()) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      String host = url.host();
      long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      try {
        if (!limiter.acquire(host, remaining)) throw new FeedException("timed out waiting for a free slot on " + host);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FeedException("interrupted");
      }
      try {
        Call call = client.newCall(request.build());
        call.timeout().timeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
            TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
          int code = response.code();
          if (code >= 300 && code < 400 && code != 304) {
            String location = response.header("Location");
            HttpUrl next = location == null ? null : url.resolve(location);
            if (next == null) throw new FeedException("HTTP " + code + " redirect without a usable Location");
            if (hop >= maxRedirects) throw new FeedException("too many redirects (more than " + maxRedirects + ")");
            url = next;
            continue;
          }
          return result(response, validators, url);
        }
      } finally {
        limiter.release(host);
      }
    }
  }

  private FetchResult result(Response response, Validators sent, HttpUrl url) throws IOException {
    int code = response.code();
    if (code == 304) return new FetchResult.NotModified(sent);
    if (code == 429 || code == 503) {
      Duration after = retryAfter(response.header("Retry-After"));
      throw new RetryLaterException("HTTP " + code + " " + status(response)
          + (after.isZero() ? "" : " (retry after " + after.toSeconds() + " s)"), after);
    }
    if (code < 200 || code >= 300) throw new FeedException("HTTP " + code + " " + status(response));
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxBytes && response.header("Content-Encoding") == null) {
      throw new FeedException("feed larger than " + Sizes.describe(maxBytes) + " (the cap)");
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

  private void checkLiteralAddress(HttpUrl url) throws FeedException {
    String host = url.host();
    boolean literal = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    if (!literal) return;
    try {
      InetAddress address = InetAddress.getByName(host);
      if (!policy.allows(address)) throw new AddressRefusedException(AddressPolicy.refusal(host, address));
    } catch (java.net.UnknownHostException e) {
      throw new FeedException("not a usable address: " + host);
    }
  }

  private static String status(Response r) {
    String m = r.message();
    return m == null || m.isBlank() ? "" : m.strip();
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
    private String version = "";
    private String contactUrl = "";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(20);
    private Duration totalTimeout = Duration.ofSeconds(30);
    private long maxBytes = 10L * 1024 * 1024;
    private int maxRedirects = 5;
    private int maxConcurrentPerHost = 2;
    private AddressPolicy policy = AddressPolicy.PUBLIC_ONLY;
    private Dns dns = Dns.SYSTEM;

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

    public HttpFeedFetcher build() {
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
      return new HttpFeedFetcher(this);
    }
  }

  @Override
  public String toString() {
    return "HttpFeedFetcher[" + userAgent.toLowerCase(Locale.ROOT) + "]";
  }
}
