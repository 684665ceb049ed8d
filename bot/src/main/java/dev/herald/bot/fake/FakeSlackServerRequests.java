package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
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
  static JsonNode json(HttpExchange ex, String body) {
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    return type.startsWith("application/json") ? FakeSlackServerMessages.parse(body) : null;
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
