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

  /** Whether the body is sent as a JSON document (rather than a form, or nothing). */
  static boolean isJson(HttpExchange ex) {
    return String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json");
  }

  /** A JSON body's document; an empty object when it is not valid JSON. */
  static JsonNode json(byte[] body) {
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

  /**
   * What an object or array field of a JSON body stands for when its text is not wanted (a fake that neither keeps
   * bodies nor records calls: {@link FakeSlackServerJsonBody#stream}): never empty, like its text.
   */
  static final String UNWRITTEN = "(json)";

  /**
   * The query's and the body's fields; {@code json} is the body read by {@link #json}, or null for a form. An object or
   * array field of a JSON body is its compact JSON text.
   */
  static Map<String, String> params(HttpExchange ex, String body, JsonNode json) {
    Map<String, String> out = query(ex);
    if (json != null) {
      json.fields().forEachRemaining(e -> out.put(e.getKey(),
          e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    } else if (!body.isEmpty()) {
      form(body, out);
    }
    return out;
  }

  /** The query's fields, in a map the body's are added to. */
  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> out = new LinkedHashMap<>();
    String query = ex.getRequestURI().getRawQuery();
    if (query != null) form(query, out);
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
