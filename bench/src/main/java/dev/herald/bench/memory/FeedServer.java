package dev.herald.bench.memory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.herald.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Live feeds for benchmarks: {@value SyntheticNews#OUTLETS} RSS feeds on a loopback port
 * ({@code /feeds/outlet-07.xml}), where one new {@link SyntheticNews} event breaks every {@link #EVERY}, reported by
 * two to four outlets; each feed lists its {@value #ITEMS} newest items. Answers 304 to a matching
 * {@code If-None-Match}, as real feed servers do.
 */
public final class FeedServer implements AutoCloseable {
  static final Duration EVERY = Duration.ofSeconds(20);
  static final int ITEMS = 20;
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final Clock clock;
  private final Instant start;

  public FeedServer(Clock clock) throws IOException {
    this.clock = clock;
    this.start = clock.instant();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "bench-feeds");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/feeds/", this::serve);
    server.start();
  }

  /** The URL of an outlet's feed. */
  public String url(int outlet) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + SyntheticNews.feedId(outlet) + ".xml";
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String name = ex.getRequestURI().getPath().substring("/feeds/".length()).replace(".xml", "");
      String body = rss(name);
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The feed's newest items: the events since the server started (and a few before), newest first. */
  String rss(String feedId) {
    long slot = Duration.between(start, clock.instant()).toMillis() / EVERY.toMillis();
    List<Article> items = new ArrayList<>();
    for (long s = slot; s > slot - 600 && items.size() < ITEMS; s--) {
      Instant at = start.plus(EVERY.multipliedBy(s));
      for (Article a : new SyntheticNews(1_000_000 + s, at, 4).articles(4)) {
        if (a.feedId().equals(feedId)) items.add(a);
      }
    }
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>").append(feedId).append("</title><link>https://").append(feedId).append(".example/</link>")
        .append("<description>bench</description>");
    for (Article a : items) {
      b.append("<item><title>").append(a.title()).append("</title><link>").append(a.url()).append("</link><guid>")
          .append(a.url()).append("-live</guid><pubDate>").append(RFC_1123.format(a.published()))
          .append("</pubDate><description>").append(a.text()).append("</description></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
