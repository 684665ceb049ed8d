package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading a request to the fake Slack: its token and its parameters, from the query, a form or a JSON body. */
final class FakeSlackServerRequests {
  private FakeSlackServerRequests() {}

  static String token(HttpExchange ex, Map<String, String> params) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Bearer ")) return auth.substring(7).strip();
    return params.get("token");
  }

  /** The body as a JSON document when it is sent as one, else null (a form, or nothing). */
  static JsonNode json(HttpExchange ex, byte[] body) {
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    if (!type.startsWith("application/json")) return null;
    try {
      return FakeSlackServerMessages.JSON.readTree(body);
    } catch (IOException e) {
      return FakeSlackServerMessages.JSON.createObjectNode();
    }
  }

  /**
   * The request body, at most {@code max} bytes (a longer one is cut there, for the caller to refuse): read into one
   * array of its Content-Length when it has one, rather than in chunks copied together.
   */
  static byte[] body(HttpExchange ex, int max) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      long length = -1;
      try {
        String header = ex.getRequestHeaders().getFirst("Content-Length");
        if (header != null) length = Long.parseLong(header.strip());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length < 0 || length > max) return in.readNBytes(max);
      byte[] raw = new byte[(int) length];
      int n = in.readNBytes(raw, 0, raw.length);
      return n == raw.length ? raw : java.util.Arrays.copyOf(raw, n);
    }
  }

  /** What an object or array field of a JSON body stands for when its text is not wanted: never empty, like its text. */
  static final String UNWRITTEN = "(json)";

  /**
   * The query's and the body's fields; {@code json} is the body read by {@link #json}, or null. An object or array
   * field of a JSON body is its compact JSON text when {@code writeJson}, else {@link #UNWRITTEN} (a fake that neither
   * keeps bodies nor records calls reads those fields from {@code json} itself, and writing them out again per request
   * would cost a benchmark's fan-out as much as the post).
   */
  static Map<String, String> params(HttpExchange ex, String body, JsonNode json, boolean writeJson) {
    Map<String, String> out = new LinkedHashMap<>();
    String query = ex.getRequestURI().getRawQuery();
    if (query != null) form(query, out);
    if (json != null) {
      json.fields().forEachRemaining(e -> out.put(e.getKey(),
          e.getValue().isValueNode() ? e.getValue().asText() : writeJson ? e.getValue().toString() : UNWRITTEN));
    } else if (!body.isEmpty()) {
      form(body, out);
    }
    return out;
  }

  private static void form(String encoded, Map<String, String> out) {
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
  }
}
