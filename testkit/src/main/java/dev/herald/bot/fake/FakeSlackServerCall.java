package dev.herald.bot.fake;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One request the fake Slack answered.
 *
 * @param method the Web API method ({@code chat.postMessage}), or {@code response_url} for a post to a response URL
 * @param params form fields, or the top-level fields of a JSON body (objects and arrays as compact JSON)
 * @param body the raw body; empty when the server was built not to keep bodies
 * @param status the HTTP status answered
 * @param error Slack's {@code error} code when the answer was {@code ok: false}, otherwise empty
 */
public record FakeSlackServerCall(String method, String path, String token, Map<String, String> params, String body,
    int status, String error, Instant at) {
  public FakeSlackServerCall {
    Objects.requireNonNull(method, "method == null");
    params = Map.copyOf(params);
  }

  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  public boolean ok() {
    return status == 200 && error.isEmpty();
  }
}
