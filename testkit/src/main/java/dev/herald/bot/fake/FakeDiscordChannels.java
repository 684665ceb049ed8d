package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The channels' messages as the fake Discord keeps them: create (with Discord's {@code enforce_nonce}: a repeat of a
 * nonce within {@link #NONCE_WINDOW} returns the first message instead of creating another), edit and history.
 * Counts every post whose nonce was already used in the channel, so a benchmark can report duplicates. Thread-safe.
 */
final class FakeDiscordChannels {
  /** Discord checks nonces "in the past few minutes"; the fake uses five. */
  static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

  private final ObjectNode bot;
  private final AtomicLong ids = new AtomicLong(1_300_000_000_000_000_000L);
  private final Map<String, List<ObjectNode>> messages = new HashMap<>();
  private final Map<String, Seen> nonces = new HashMap<>();
  private final AtomicInteger duplicateNonces = new AtomicInteger();
  private final AtomicInteger created = new AtomicInteger();

  private record Seen(ObjectNode message, Instant at) {}

  FakeDiscordChannels(ObjectNode bot) {
    this.bot = bot;
  }

  /** Creates the message, or returns the one created earlier with the same enforced nonce. */
  synchronized ObjectNode create(String channelId, JsonNode body) {
    Instant now = Instant.now();
    String nonce = body.path("nonce").asText("");
    if (!nonce.isEmpty()) {
      Seen seen = nonces.get(channelId + "/" + nonce);
      if (seen != null) {
        duplicateNonces.incrementAndGet();
        boolean enforced = body.path("enforce_nonce").asBoolean(false);
        if (enforced && Duration.between(seen.at(), now).compareTo(NONCE_WINDOW) < 0) return seen.message();
      }
    }
    ObjectNode m = FakeDiscordJson.message(Long.toString(ids.incrementAndGet()), channelId, bot, body, now);
    messages.computeIfAbsent(channelId, c -> new ArrayList<>()).add(m);
    created.incrementAndGet();
    if (!nonce.isEmpty()) nonces.putIfAbsent(channelId + "/" + nonce, new Seen(m, now));
    return m;
  }

  /** Applies an edit; empty when the channel has no such message. */
  synchronized Optional<ObjectNode> edit(String channelId, String messageId, JsonNode body) {
    for (ObjectNode m : messages.getOrDefault(channelId, List.of())) {
      if (!m.path("id").asText().equals(messageId)) continue;
      for (String field : List.of("content", "components", "flags")) {
        if (body.has(field)) m.set(field, body.get(field));
      }
      if (body.has("embeds")) m.set("embeds", FakeDiscordJson.embeds(body));
      m.put("edited_timestamp", Instant.now().toString());
      return Optional.of(m);
    }
    return Optional.empty();
  }

  /** The newest {@code limit} messages, newest first, as {@code GET channels/<id>/messages} answers. */
  synchronized ArrayNode history(String channelId, int limit) {
    List<ObjectNode> all = messages.getOrDefault(channelId, List.of());
    ArrayNode out = FakeDiscordJson.JSON.createArrayNode();
    for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) out.add(historyCopy(all.get(i)));
    return out;
  }

  /** Discord does not return nonces in history, so neither does the fake. */
  private static ObjectNode historyCopy(ObjectNode m) {
    ObjectNode copy = m.deepCopy();
    copy.remove("nonce");
    return copy;
  }

  synchronized List<JsonNode> messages(String channelId) {
    return List.copyOf(messages.getOrDefault(channelId, List.of()));
  }

  int duplicateNonces() {
    return duplicateNonces.get();
  }

  int created() {
    return created.get();
  }
}
