package dev.herald.bench.fanout;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.bot.offline.OfflineRun;
import dev.herald.bot.slack.SlackAdapter;
import dev.herald.bot.slack.SlackClients;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.model.FeedSource;
import dev.herald.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The two servers {@code bench ack} loads with the same signed {@code /sources} requests: Herald in Slack HTTP mode
 * (its Jetty server, signature checks, Bolt and its own command handler, over the bundled sample stories), and a bare
 * Bolt app that only acknowledges {@code /sources}, served the simplest portable way (the JDK's HTTP server with 8
 * threads and TCP_NODELAY, Bolt's request parser and {@code App#run}). Both answer interactive replies to a local fake
 * Slack. Closing stops all of it.
 */
public final class AckTargets implements AutoCloseable {
  public static final String SECRET = "bench-signing-secret";
  static final String TOKEN = "xoxb-bench";

  private final FakeSlackServer fake = FakeSlackServer.builder().keepBodies(false).threads(8).build();
  private final OfflineRun offline;
  private final SlackAdapter adapter;
  private final App bolt;
  private final HttpServer boltServer;
  private final ExecutorService boltThreads;

  /** Starts both on loopback ports; {@code samples} are the feeds Herald's stories come from. */
  public AckTargets(HeraldConfig config, List<FeedSource> samples, String version) throws Exception {
    fake.recording(false);
    this.offline = OfflineRun.start(config, Database.inMemory(), samples, version);
    ChatService chat = offline.herald().chat(ScheduleListener.NONE, ids -> {}).build();
    this.adapter = SlackAdapter.builder()
        .config(new HeraldConfig.Slack(fake.apiUrl(), List.of(), false, 3000, "127.0.0.1"))
        .secrets(new Secrets(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET)))
        .chat(chat)
        .clock(offline.herald().clock())
        .httpPort(0)
        .build();
    adapter.start();
    this.bolt = new App(AppConfig.builder()
        .slack(SlackClients.slack(fake.apiUrl()))
        .singleTeamBotToken(TOKEN)
        .signingSecret(SECRET)
        .build());
    bolt.command("/sources", (req, ctx) -> ctx.ack());
    bolt.start();
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.boltServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    this.boltThreads = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "bare-bolt");
      t.setDaemon(true);
      return t;
    });
    boltServer.setExecutor(boltThreads);
    SlackRequestParser parser = new SlackRequestParser(bolt.config());
    boltServer.createContext("/slack/events", ex -> bare(parser, ex));
    boltServer.start();
  }

  /** Herald's endpoint. */
  public String heraldUrl() {
    return "http://127.0.0.1:" + adapter.httpPort() + "/slack/events";
  }

  /** The bare Bolt app's endpoint. */
  public String boltUrl() {
    return "http://127.0.0.1:" + boltServer.getAddress().getPort() + "/slack/events";
  }

  public int heraldPort() {
    return adapter.httpPort();
  }

  public int boltPort() {
    return boltServer.getAddress().getPort();
  }

  /** A {@code /sources} command's form body, answered through the fake's response URL {@code id}. */
  public String sourcesCommand(String id) {
    return "token=x&team_id=T1&team_domain=bench&channel_id=C1&channel_name=general&user_id=U1&user_name=u1"
        + "&command=%2Fsources&text=&api_app_id=AHERALD&trigger_id=1.2.3&response_url="
        + java.net.URLEncoder.encode(fake.responseUrl(id), StandardCharsets.UTF_8);
  }

  private void bare(SlackRequestParser parser, HttpExchange ex) throws IOException {
    try (ex) {
      byte[] raw;
      try (InputStream in = ex.getRequestBody()) {
        raw = in.readNBytes(1 << 20);
      }
      com.slack.api.bolt.request.Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(ex.getRequestURI().getPath())
          .headers(new RequestHeaders(ex.getRequestHeaders()))
          .requestBody(new String(raw, StandardCharsets.UTF_8))
          .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress())
          .build());
      Response r = request == null ? Response.builder().statusCode(404).body("").build() : bolt.run(request);
      byte[] out = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
      if (r.getContentType() != null) ex.getResponseHeaders().set("Content-Type", r.getContentType());
      ex.sendResponseHeaders(r.getStatusCode(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
    } catch (Exception e) {
      ex.sendResponseHeaders(500, -1);
    }
  }

  @Override
  public void close() {
    boltServer.stop(0);
    boltThreads.shutdownNow();
    bolt.stop();
    adapter.close();
    offline.close();
    fake.close();
  }
}
