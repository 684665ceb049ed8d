package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The fake Slack's answers to each Web API method it knows. */
final class FakeSlackServerRoutes {
  /** An HTTP answer: status, JSON body, Slack error code and Retry-After seconds (0 for none). */
  record Answer(int status, ObjectNode json, String error, long retryAfter) {
    static Answer ok(ObjectNode fields) {
      ObjectNode json = FakeSlackServer.object();
      json.put("ok", true);
      if (fields != null) json.setAll(fields);
      return new Answer(200, json, "", 0);
    }

    static Answer error(String code) {
      ObjectNode json = FakeSlackServer.object();
      json.put("ok", false);
      json.put("error", code);
      return new Answer(200, json, code, 0);
    }

    static Answer http(int status) {
      ObjectNode json = FakeSlackServer.object();
      json.put("ok", false);
      json.put("error", "http_" + status);
      return new Answer(status, json, "http_" + status, 0);
    }

    static Answer failure(FakeSlackServer.Failure f) {
      if (f.status() == 200) return error(f.error());
      if (f.status() == 429) {
        ObjectNode json = FakeSlackServer.object();
        json.put("ok", false);
        json.put("error", "ratelimited");
        return new Answer(429, json, "ratelimited", f.retryAfterSeconds());
      }
      return http(f.status());
    }
  }

  private final FakeSlackServerMessages messages;
  private final Map<String, boolean[]> users;
  private final Map<String, String> tokenTeams;
  private final String socketUrl;

  FakeSlackServerRoutes(FakeSlackServerMessages messages, Map<String, boolean[]> users,
      Map<String, String> tokenTeams, String socketUrl) {
    this.messages = messages;
    this.users = users;
    this.tokenTeams = tokenTeams;
    this.socketUrl = socketUrl;
  }

  /** @param json what the routes read from the request's JSON body, or null when it came as a form */
  Answer route(String method, String team, Map<String, String> p, FakeSlackServerJsonBody json) {
    switch (method) {
      case "auth.test":
        return authTest(team);
      case "chat.postMessage":
        return post(p, json);
      case "chat.update":
        return update(p, json);
      case "conversations.history":
        return history(p);
      case "users.info":
        return userInfo(team, p.getOrDefault("user", ""));
      case "oauth.v2.access":
        return oauthAccess(p.getOrDefault("code", ""));
      case "apps.connections.open":
        if (socketUrl.isEmpty()) return Answer.error("not_allowed_token_type");
        ObjectNode url = FakeSlackServer.object();
        url.put("url", socketUrl);
        return Answer.ok(url);
      default:
        return Answer.error("unknown_method");
    }
  }

  private Answer authTest(String team) {
    ObjectNode r = FakeSlackServer.object();
    r.put("url", "https://" + team.toLowerCase() + ".slack.example/");
    r.put("team", "Team " + team);
    r.put("user", "herald");
    r.put("team_id", team);
    r.put("user_id", "UBOT" + team);
    r.put("bot_id", "BBOT" + team);
    r.put("is_enterprise_install", false);
    return Answer.ok(r);
  }

  private Answer post(Map<String, String> p, FakeSlackServerJsonBody json) {
    String channel = p.getOrDefault("channel", "");
    if (channel.isEmpty()) return Answer.error("channel_not_found");
    String text = p.getOrDefault("text", "");
    String blocks = p.getOrDefault("blocks", "");
    if (text.isEmpty() && blocks.isEmpty()) return Answer.error("no_text");
    if (tooManyBlocks(blocks, json)) return Answer.error("invalid_blocks");
    String metadata = p.getOrDefault("metadata", "");
    JsonNode meta = metadata.isEmpty() ? null : json != null && json.metadata() != null ? json.metadata()
        : FakeSlackServerMessages.parse(metadata);
    String ts = messages.post(channel, text, blocks, meta, p.getOrDefault("thread_ts", ""));
    ObjectNode r = FakeSlackServer.object();
    r.put("channel", channel);
    r.put("ts", ts);
    ObjectNode m = r.putObject("message");
    m.put("type", "message");
    m.put("text", text);
    m.put("ts", ts);
    return Answer.ok(r);
  }

  private Answer update(Map<String, String> p, FakeSlackServerJsonBody json) {
    String channel = p.getOrDefault("channel", "");
    String ts = p.getOrDefault("ts", "");
    String blocks = p.getOrDefault("blocks", "");
    if (tooManyBlocks(blocks, json)) return Answer.error("invalid_blocks");
    if (!messages.update(channel, ts, p.getOrDefault("text", ""), blocks)) return Answer.error("message_not_found");
    ObjectNode r = FakeSlackServer.object();
    r.put("channel", channel);
    r.put("ts", ts);
    r.put("text", p.getOrDefault("text", ""));
    return Answer.ok(r);
  }

  private Answer history(Map<String, String> p) {
    int limit = 100;
    try {
      limit = Math.max(1, Math.min(999, Integer.parseInt(p.getOrDefault("limit", "100"))));
    } catch (NumberFormatException e) {
      return Answer.error("invalid_limit");
    }
    ObjectNode r = FakeSlackServer.object();
    r.set("messages", messages.history(p.getOrDefault("channel", ""), limit,
        truthy(p.getOrDefault("include_all_metadata", ""))));
    r.put("has_more", false);
    return Answer.ok(r);
  }

  private Answer userInfo(String team, String id) {
    boolean[] flags = users.get(id);
    if (flags == null) return Answer.error("user_not_found");
    ObjectNode r = FakeSlackServer.object();
    ObjectNode u = r.putObject("user");
    u.put("id", id);
    u.put("team_id", team);
    u.put("name", id.toLowerCase());
    u.put("is_admin", flags[0]);
    u.put("is_owner", flags[1]);
    u.put("is_bot", false);
    return Answer.ok(r);
  }

  /** Code {@code code-T2} installs into team T2 and grants the token {@code xoxb-T2-installed}. */
  private Answer oauthAccess(String code) {
    if (!code.startsWith("code-") || code.length() < 6) return Answer.error("invalid_code");
    String team = code.substring(5);
    String token = "xoxb-" + team + "-installed";
    tokenTeams.put(token, team);
    ObjectNode r = FakeSlackServer.object();
    r.put("app_id", "AHERALD");
    r.putObject("authed_user").put("id", "UINSTALLER");
    r.put("scope", "commands,chat:write,chat:write.public");
    r.put("token_type", "bot");
    r.put("access_token", token);
    r.put("bot_user_id", "UBOT" + team);
    ObjectNode t = r.putObject("team");
    t.put("id", team);
    t.put("name", "Team " + team);
    r.putNull("enterprise");
    r.put("is_enterprise_install", false);
    return Answer.ok(r);
  }

  /** Slack's limit of 50 blocks a message; blocks read from the JSON body when it came as one. */
  private static boolean tooManyBlocks(String blocks, FakeSlackServerJsonBody json) {
    if (blocks.isEmpty()) return false;
    int n = json != null && json.blocks() >= 0 ? json.blocks() : FakeSlackServerMessages.parse(blocks).size();
    return n > 50;
  }

  /** Slack reads form booleans written as 1/0 or true/false. */
  static boolean truthy(String v) {
    return v.equals("1") || v.equalsIgnoreCase("true");
  }
}
