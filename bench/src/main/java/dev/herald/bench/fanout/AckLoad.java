package dev.herald.bench.fanout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An open-loop load of signed Slack requests: one request every {@code 1/rate} seconds whatever the answers, each
 * signed when sent, latency counted from its scheduled send time to its answer (so a server that falls behind is
 * charged for the queue, not hidden by it). HTTP/1.1 over keep-alive connections. Requests without an answer within
 * {@link #TIMEOUT} count as failures.
 */
final class AckLoad {
  /** Slack gives up on an acknowledgement after three seconds. */
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** The answers of one run: latencies of the 2xx answers in milliseconds, sorted, and the failures. */
  record Result(List<Double> millis, int sent, int failed) {
    double percentile(double p) {
      if (millis.isEmpty()) return Double.NaN;
      int i = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
      return millis.get(Math.max(0, Math.min(millis.size() - 1, i)));
    }

    /** This run and {@code other} as one. */
    Result and(Result other) {
      List<Double> all = new ArrayList<>(millis);
      all.addAll(other.millis);
      Collections.sort(all);
      return new Result(List.copyOf(all), sent + other.sent, failed + other.failed);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT).executor(Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "ack-load");
        t.setDaemon(true);
        return t;
      })).build();
  private final String secret;

  AckLoad(String secret) {
    this.secret = secret;
  }

  /** {@code rate} requests a second to {@code url} for {@code seconds}; {@code body} gives request i's body. */
  Result run(String url, int rate, double seconds, IntFunction<String> body) throws InterruptedException {
    int total = (int) Math.round(rate * seconds);
    long periodNanos = 1_000_000_000L / rate;
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime() + 20_000_000L;
    AtomicInteger next = new AtomicInteger();
    clock.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i >= total) return;
      long scheduled = start + i * periodNanos;
      String b = body.apply(i);
      String ts = Long.toString(System.currentTimeMillis() / 1000);
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-Slack-Request-Timestamp", ts)
          .header("X-Slack-Signature", sign(ts, b))
          .POST(HttpRequest.BodyPublishers.ofString(b)).build();
      pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        if (e == null && r.statusCode() / 100 == 2) {
          millis.add((System.nanoTime() - scheduled) / 1e6);
        } else {
          failed.incrementAndGet();
        }
      }));
    }, start - System.nanoTime(), periodNanos, TimeUnit.NANOSECONDS);
    while (next.get() < total) Thread.sleep(20);
    clock.shutdown();
    for (CompletableFuture<?> f : new ArrayList<>(pending)) {
      try {
        f.get(TIMEOUT.toMillis() + 2_000, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        // counted as failed by the future's own handler
      }
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new Result(sorted, total, failed.get());
  }

  private String sign(String ts, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
