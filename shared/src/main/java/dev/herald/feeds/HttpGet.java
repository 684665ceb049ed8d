package dev.herald.feeds;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The GET every Herald fetch shares (feeds, article pages, robots.txt): redirects followed by hand up to a limit with
 * the address checked on every hop (literal IPs here, resolved names in {@link GuardedDns}), no proxy, connect / read
 * / total timeouts, the User-Agent naming Herald and its contact URL, and at most N requests in flight per host.
 * Thread-safe; one instance per fetcher.
 */
final class HttpGet {
  /** Reads the final (non-redirect) response; runs while the host's slot is held. */
  @FunctionalInterface
  interface Handler<T> {
    T handle(Response response, HttpUrl url) throws IOException;
  }

  private final OkHttpClient client;
  private final String userAgent;
  private final int maxRedirects;
  private final Duration totalTimeout;
  private final AddressPolicy policy;
  private final HostLimiter limiter;

  HttpGet(HttpFeedFetcher.Builder b) {
    this.userAgent = "Herald/" + b.version + " (+" + b.contactUrl + ")";
    this.maxRedirects = b.maxRedirects;
    this.totalTimeout = b.totalTimeout;
    this.policy = b.policy;
    this.limiter = new HostLimiter(b.maxConcurrentPerHost);
    this.client = new OkHttpClient.Builder()
        .dns(new GuardedDns(b.dns, b.policy))
        .proxy(Proxy.NO_PROXY)
        .followRedirects(false)
        .followSslRedirects(false)
        // a kept-alive connection the server closed while it idled in the pool fails on reuse ("unexpected end of
        // stream"); OkHttp then retries once on a fresh connection, to the same policy-checked addresses, within the
        // call timeout; without it every poll shorter than the pool's keep-alive and longer than the server's failed
        .retryOnConnectionFailure(true)
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .callTimeout(b.totalTimeout)
        .eventListenerFactory(b.events)
        .build();
  }

  String userAgent() {
    return userAgent;
  }

  /** Cancels every call in flight, synchronous ones included: each fails at once with an IOException. */
  void cancelAll() {
    client.dispatcher().cancelAll();
  }

  /**
   * GETs {@code url}, following redirects, and hands the final response to {@code handler}.
   *
   * @param firstHop headers sent on the first request only (conditional GET validators)
   * @param everyHop headers sent on every request ({@code Accept})
   */
  <T> T get(HttpUrl url, Map<String, String> firstHop, Map<String, String> everyHop, Handler<T> handler)
      throws IOException {
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    for (int hop = 0; ; hop++) {
      checkLiteralAddress(url);
      Request.Builder request = new Request.Builder().url(url).header("User-Agent", userAgent);
      everyHop.forEach(request::header);
      if (hop == 0) firstHop.forEach(request::header);
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
          return handler.handle(response, url);
        }
      } finally {
        limiter.release(host);
      }
    }
  }

  private void checkLiteralAddress(HttpUrl url) throws FeedException {
    String host = url.host();
    boolean literal = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    if (!literal) return;
    try {
      InetAddress address = InetAddress.getByName(host);
      if (!policy.allows(address)) throw new AddressRefusedException(AddressPolicy.refusal(host, address));
    } catch (UnknownHostException e) {
      throw new FeedException("not a usable address: " + host);
    }
  }

  static String status(Response r) {
    String m = r.message();
    return m == null || m.isBlank() ? "" : m.strip();
  }
}
