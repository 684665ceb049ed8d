package dev.herald.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One call to an OpenAI-compatible {@code POST {base}/chat/completions} (OpenAI, Ollama, vLLM, llama.cpp server):
 * temperature 0, JSON-object response format, a system and a user message; returns the first choice's message
 * content. Any HTTP error status, an oversized or malformed envelope, or a timeout (the client's call timeout) is an
 * {@link IOException}. Thread-safe.
 */
final class ChatCompletions {
  static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  static final long MAX_REPLY_BYTES = 2L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;

  /**
   * @param baseUrl the API base, such as {@code http://localhost:11434/v1}; "chat/completions" is appended
   * @param apiKey sent as a bearer token when not empty; never logged
   */
  ChatCompletions(OkHttpClient http, String baseUrl, String model, String apiKey) {
    this.http = Objects.requireNonNull(http, "http == null");
    HttpUrl base = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (base == null) throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
    this.endpoint = base.resolve("chat/completions");
    if (model.isBlank()) throw new IllegalArgumentException("model is blank");
    this.model = model;
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
  }

  String complete(String system, String user) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    body.put("temperature", 0);
    body.putObject("response_format").put("type", "json_object");
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    messages.addObject().put("role", "user").put("content", user);
    Request.Builder request = new Request.Builder()
        .url(endpoint)
        .post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE));
    if (!apiKey.isEmpty()) request.header("Authorization", "Bearer " + apiKey);
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody rb = response.body();
      if (!response.isSuccessful()) throw new IOException("HTTP " + response.code() + " from " + endpoint);
      okio.BufferedSource source = rb.source();
      if (source.request(MAX_REPLY_BYTES + 1)) throw new IOException("reply larger than " + MAX_REPLY_BYTES + " bytes");
      byte[] bytes = source.getBuffer().readByteArray();
      JsonNode envelope;
      try {
        envelope = JSON.readTree(bytes);
      } catch (IOException e) {
        throw new IOException("the endpoint's reply is not JSON");
      }
      JsonNode content = envelope == null ? null : envelope.path("choices").path(0).path("message").path("content");
      if (content == null || !content.isTextual()) throw new IOException("the reply has no choices[0].message.content");
      return content.asText();
    }
  }
}
