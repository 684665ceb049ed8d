package dev.herald.bot.slack;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.delivery.PublishException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    return call(method, token, RequestBody.create(bytes, JSON_TYPE), null);
  }

  /**
   * Calls {@code method} with {@code json} as its JSON document; when the answer is {@code ok}, its top-level fields
   * named in {@code fields} (with {@code ok}): the rest, such as the message {@code chat.postMessage} echoes back with
   * its blocks, is skipped unread. Failures are read exactly as by {@link #postJson(String, String, ObjectNode)}.
   */
  JsonNode postJson(String method, String token, byte[] json, Set<String> fields) throws PublishException {
    return call(method, token, RequestBody.create(json, JSON_TYPE), Objects.requireNonNull(fields, "fields == null"));
  }

  /** Calls {@code method} with {@code fields} as a form; the answer when it is {@code ok}. */
  JsonNode postForm(String method, String token, Map<String, String> fields) throws PublishException {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    return call(method, token, form.build(), null);
  }

  private JsonNode call(String method, String token, RequestBody body, Set<String> fields) throws PublishException {
    Request request = new Request.Builder()
        .url(urls.computeIfAbsent(method, m -> base.newBuilder().addPathSegment(m).build()))
        .header("Authorization", "Bearer " + token)
        .post(body)
        .build();
    try (Response r = http.newCall(request).execute()) {
      return answer(method, r.code(), r.header("Retry-After"), r.body(), fields);
    } catch (IOException e) {
      throw SlackErrors.fromIo(method, e);
    }
  }

  /**
   * Reads an answer: its JSON when {@code ok} (only the top-level {@code fields} and {@code ok}, {@code error} when
   * {@code fields} is not null), else the failure it stands for.
   */
  static JsonNode answer(String method, int status, String retryAfter, ResponseBody body, Set<String> fields)
      throws PublishException, IOException {
    String error = "";
    JsonNode json = null;
    if (body != null) {
      try {
        json = fields == null ? JSON.readTree(body.byteStream()) : topLevel(body.byteStream(), fields);
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

  /**
   * The document's top-level {@code ok}, {@code error} and {@code fields}, read as {@link ObjectMapper#readTree} reads
   * them (the last of a repeated name wins); every other value is skipped, though checked to be JSON. Not an object:
   * its first value as {@code readTree} reads it, or a missing node when there is none.
   */
  static JsonNode topLevel(InputStream in, Set<String> fields) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) return MissingNode.getInstance();
      if (first != JsonToken.START_OBJECT) return JSON.readTree(p);
      ObjectNode out = JSON.createObjectNode();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        if (name.equals("ok") || name.equals("error") || fields.contains(name)) {
          out.set(name, JSON.readTree(p));
        } else if (value.isStructStart()) {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) throw new JsonParseException(p, "unexpected end of an object");
      return out;
    }
  }
}
