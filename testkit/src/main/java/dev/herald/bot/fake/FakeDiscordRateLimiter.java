package dev.herald.bot.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;

/**
 * Discord's rate-limit behaviour for the fake: per-route buckets with the {@code X-RateLimit-*} headers on every
 * answer, and 429s with a {@code retry_after} JSON body and {@code Retry-After} header when a bucket or the global
 * budget is spent. Thread-safe.
 */
final class FakeDiscordRateLimiter {
  private final FakeDiscordLimits limits;
  private final Map<String, Window> buckets = new HashMap<>();
  private final ArrayDeque<Long> global = new ArrayDeque<>();
  private final AtomicInteger routeLimited = new AtomicInteger();
  private final AtomicInteger globalLimited = new AtomicInteger();
  private final List<FakeDiscordLimited> limited = new ArrayList<>();

  FakeDiscordRateLimiter(FakeDiscordLimits limits) {
    this.limits = limits;
  }

  /** A fixed window of one route bucket. */
  private static final class Window {
    long start;
    int used;
  }

  /**
   * Counts the request; a 429 answer when it is over a limit, otherwise null and {@code ok} gets the bucket headers.
   */
  synchronized MockResponse check(String method, String path, MockResponse.Builder ok) {
    long now = System.nanoTime();
    boolean interaction = path.startsWith("interactions/") || path.startsWith("webhooks/");
    if (limits.globalPerSecond() > 0 && !interaction) {
      while (!global.isEmpty() && now - global.peekFirst() >= 1_000_000_000L) global.removeFirst();
      if (global.size() >= limits.globalPerSecond()) {
        globalLimited.incrementAndGet();
        limited.add(new FakeDiscordLimited(now, method, route(path), true));
        double retry = Math.max(0.001, (global.peekFirst() + 1_000_000_000L - now) / 1e9);
        return tooMany(retry, true, null, 0).build();
      }
      global.addLast(now);
    }
    if (limits.routeLimit() == 0) return null;
    String bucket = bucket(method, path);
    Window w = buckets.computeIfAbsent(bucket, b -> new Window());
    long window = limits.routeWindow().toNanos();
    if (w.used == 0 || now - w.start >= window) {
      w.start = now;
      w.used = 0;
    }
    double resetAfter = Math.max(0.001, (w.start + window - now) / 1e9);
    if (w.used >= limits.routeLimit()) {
      routeLimited.incrementAndGet();
      limited.add(new FakeDiscordLimited(now, method, route(path), false));
      return tooMany(resetAfter, false, bucket, 0).build();
    }
    w.used++;
    headers(ok, bucket, limits.routeLimit() - w.used, resetAfter);
    return null;
  }

  int routeLimited() {
    return routeLimited.get();
  }

  int globalLimited() {
    return globalLimited.get();
  }

  /** Every 429 answered so far, in order. */
  synchronized List<FakeDiscordLimited> limited() {
    return List.copyOf(limited);
  }

  private MockResponse.Builder tooMany(double retryAfter, boolean isGlobal, String bucket, int remaining) {
    String after = String.format(Locale.ROOT, "%.3f", retryAfter);
    MockResponse.Builder b = new MockResponse.Builder().code(429)
        .setHeader("Content-Type", "application/json")
        .setHeader("Retry-After", (long) Math.ceil(retryAfter))
        .setHeader("X-RateLimit-Scope", isGlobal ? "global" : "user")
        .body("{\"message\":\"You are being rate limited.\",\"retry_after\":" + after + ",\"global\":" + isGlobal
            + "}");
    if (isGlobal) b.setHeader("X-RateLimit-Global", "true");
    if (bucket != null) headers(b, bucket, remaining, retryAfter);
    return b;
  }

  private void headers(MockResponse.Builder b, String bucket, int remaining, double resetAfter) {
    double reset = System.currentTimeMillis() / 1000.0 + resetAfter;
    b.setHeader("X-RateLimit-Limit", limits.routeLimit())
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset))
        .setHeader("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", resetAfter))
        .setHeader("X-RateLimit-Bucket", Integer.toHexString(bucket.hashCode()));
  }

  /** The route with every id replaced: {@code channels/{id}/messages}, whichever channel. */
  static String route(String path) {
    return path.replaceAll("(?<=^|/)\\d+(?=/|$)", "{id}");
  }

  /** The route with ids replaced, keeping the top-level resource id (channel, guild, webhook) as Discord does. */
  static String bucket(String method, String path) {
    String[] parts = path.split("/");
    StringBuilder sb = new StringBuilder(method);
    for (int i = 0; i < parts.length; i++) {
      boolean major = i == 1 && (parts[0].equals("channels") || parts[0].equals("guilds")
          || parts[0].equals("webhooks"));
      sb.append('/').append(!major && parts[i].matches("\\d+") ? "{id}" : parts[i]);
    }
    return sb.toString();
  }
}
