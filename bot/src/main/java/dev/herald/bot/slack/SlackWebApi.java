package dev.herald.bot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.delivery.PublishException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The few Slack Web API calls delivery makes, over OkHttp with Jackson: a JSON body for the write methods
 * ({@code chat.postMessage}, {@code chat.update}: Slack takes the same fields as JSON or as a form), a form for the
 * read ones ({@code conversations.history} does not take JSON), the bot token as a Bearer header. Every answer but
 * HTTP 200 with {@code "ok": true} becomes a classified {@link PublishException} ({@link SlackErrors}). Never retries.
 *
 * <p>Why not the Slack SDK here: its client builds a new Gson for every response it parses, reflecting over the
 * response classes each time, which made posting CPU-bound in fan-outs ({@code bot/herald bench fanout}). The SDK
 * stays for the interactive side. Thread-safe.
 */
final class SlackWebApi {
  /** Connections kept open between calls: at least delivery's concurrent senders, so bursts reuse them. */
  static final int IDLE_CONNECTIONS = 64;
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl base;
  /** Each method's URL, built once: building one canonicalises the host every time. */
  private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();

  SlackWebApi(OkHttpClient http, String apiUrl) {
    this.http = Objects.requireNonNull(http, "http == null");
    HttpUrl url = HttpUrl.parse(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    if (url == null) throw new IllegalArgumentException("not an HTTP URL: " + apiUrl);
    this.base = url;
  }

  /** A client of the Web API at {@code apiUrl} ({@code https://slack.com/api/}, or a local fake). */
  public static SlackWebApi create(String apiUrl) {
    OkHttpClient http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .callTimeout(TIMEOUT)
        .build();
    return new SlackWebApi(http, apiUrl);
  }

  /** Calls {@code method} with {@code body} as its JSON document; the answer when it is {@code ok}. */
  JsonNode postJson(String method, String token, ObjectNode body) throws PublishException {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    return call(method, token, RequestBody.create(bytes, JSON_TYPE));
  }

  /** Calls {@code method} with {@code fields} as a form; the answer when it is {@code ok}. */
  JsonNode postForm(String method, String token, Map<String, String> fields) throws PublishException {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    return call(method, token, form.build());
  }

  private JsonNode call(String method, String token, RequestBody body) throws PublishException {
    Request request = new Request.Builder()
        .url(urls.computeIfAbsent(method, m -> base.newBuilder().addPathSegment(m).build()))
        .header("Authorization", "Bearer " + token)
        .post(body)
        .build();
    try (Response r = http.newCall(request).execute()) {
      return answer(method, r.code(), r.header("Retry-After"), r.body());
    } catch (IOException e) {
      throw SlackErrors.fromIo(method, e);
    }
  }

  /** Reads an answer: its JSON when {@code ok}, else the failure it stands for. */
  static JsonNode answer(String method, int status, String retryAfter, ResponseBody body)
      throws PublishException, IOException {
    String error = "";
    JsonNode json = null;
    if (body != null) {
      try {
        json = JSON.readTree(body.byteStream());
      } catch (JsonProcessingException e) {
        // not JSON (a proxy's error page): decided by the status alone
        if (status == 200) throw SlackErrors.unreadable(method, e);
      }
      if (json != null) error = json.path("error").asText("");
    }
    if (status != 200) throw SlackErrors.fromHttp(method, status, error, retryAfter);
    if (json == null || !json.isObject()) throw SlackErrors.unreadable(method, null);
    if (!json.path("ok").asBoolean(false)) throw SlackErrors.fromError(method, error);
    return json;
  }
}
