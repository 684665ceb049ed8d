package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends slash commands and button clicks to Herald's HTTP endpoint the way Slack does: form bodies, signed. */
final class SignedSlackClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final String secret;

  SignedSlackClient(int port, String secret) {
    this.url = "http://127.0.0.1:" + port + SlackHttpServer.EVENTS_PATH;
    this.secret = secret;
  }

  /** A slash command's form body. */
  static String command(String command, String text, String user, String channel, String responseUrl) {
    return command("T1", command, text, user, channel, responseUrl);
  }

  /** A slash command's form body from workspace {@code team}. */
  static String command(String team, String command, String text, String user, String channel, String responseUrl) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "legacy-verification-token");
    f.put("team_id", team);
    f.put("team_domain", "herald-test");
    f.put("channel_id", channel);
    f.put("channel_name", "general");
    f.put("user_id", user);
    f.put("user_name", user.toLowerCase());
    f.put("command", command);
    f.put("text", text);
    f.put("api_app_id", "AHERALD");
    f.put("response_url", responseUrl);
    f.put("trigger_id", "1.2.3");
    return form(f);
  }

  /** A block_actions payload: a click on {@code actionId} in a message (blocks empty and ephemeral for lookups). */
  static String click(String actionId, String user, String channel, String messageTs, JsonNode blocks,
      boolean ephemeral, String responseUrl) {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "block_actions");
    p.putObject("team").put("id", "T1").put("domain", "herald-test");
    p.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", "T1");
    p.put("api_app_id", "AHERALD");
    p.put("token", "legacy-verification-token");
    ObjectNode container = p.putObject("container");
    container.put("type", "message");
    container.put("message_ts", messageTs);
    container.put("channel_id", channel);
    container.put("is_ephemeral", ephemeral);
    p.put("trigger_id", "1.2.3");
    p.putObject("channel").put("id", channel).put("name", "general");
    if (!ephemeral) {
      ObjectNode m = p.putObject("message");
      m.put("type", "message");
      m.put("ts", messageTs);
      m.put("bot_id", "BBOTT1");
      m.put("text", "card");
      m.set("blocks", blocks);
    }
    p.put("response_url", responseUrl);
    ObjectNode a = p.putArray("actions").addObject();
    a.put("action_id", actionId);
    a.put("block_id", "h:0:actions");
    a.putObject("text").put("type", "plain_text").put("text", "button");
    a.put("value", actionId);
    a.put("type", "button");
    a.put("action_ts", "1700000000.000100");
    return "payload=" + URLEncoder.encode(p.toString(), StandardCharsets.UTF_8);
  }

  /** Posts {@code body} signed now. */
  HttpResponse<String> send(String body) throws Exception {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    return send(body, ts, new SlackSignature.Generator(secret).generate(ts, body));
  }

  /** Posts {@code body} with the given timestamp and signature headers (null leaves a header out). */
  HttpResponse<String> send(String body, String timestamp, String signature) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .timeout(java.time.Duration.ofSeconds(15)) // a server that stops answering fails the test, never hangs it
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) b.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
    if (signature != null) b.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET of {@code pathAndQuery} on Herald's HTTP server (OAuth pages), with a Cookie header when not null. */
  HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.replace(SlackHttpServer.EVENTS_PATH, "")
        + pathAndQuery)).GET();
    if (cookie != null) b.header("Cookie", cookie);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String sign(String secret, String timestamp, String body) {
    return new SlackSignature.Generator(secret).generate(timestamp, body);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
