package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The messages a {@link FakeSlackServer} holds, per channel, and the idempotency keys it saw. Thread-safe. */
public final class FakeSlackServerMessages {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A posted message; {@code blocks} and {@code metadata} are JSON text, or empty. */
  public record Message(String channel, String ts, String text, String blocks, String metadata, String threadTs) {}

  private final boolean keepContent;
  private final Map<String, List<Message>> byChannel = new HashMap<>();
  private final Map<String, Set<String>> keys = new HashMap<>();
  private long nextTs = 1_700_000_000_000_000L;
  private int posts;
  private int duplicates;

  FakeSlackServerMessages(boolean keepContent) {
    this.keepContent = keepContent;
  }

  /**
   * Stores a post and returns its ts; counts a duplicate when its idempotency key was posted to the channel before.
   *
   * @param metadata the message metadata, or null for none
   */
  synchronized String post(String channel, String text, String blocks, JsonNode metadata, String threadTs) {
    String ts = ts(nextTs++);
    posts++;
    Optional<String> key = key(metadata);
    key.ifPresent(k -> {
      if (!keys.computeIfAbsent(channel, c -> new HashSet<>()).add(k)) duplicates++;
    });
    byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(keepContent
        ? new Message(channel, ts, text, blocks, metadata == null ? "" : metadata.toString(), threadTs)
        : new Message(channel, ts, "", "", keyOnly(metadata, key), threadTs));
    return ts;
  }

  /** Replaces a message's text and blocks; false when there is no such message. */
  synchronized boolean update(String channel, String ts, String text, String blocks) {
    List<Message> list = byChannel.getOrDefault(channel, List.of());
    for (int i = 0; i < list.size(); i++) {
      Message m = list.get(i);
      if (m.ts().equals(ts)) {
        list.set(i, new Message(channel, ts, keepContent ? text : "", keepContent ? blocks : "", m.metadata(),
            m.threadTs()));
        return true;
      }
    }
    return false;
  }

  public synchronized Optional<Message> find(String channel, String ts) {
    return byChannel.getOrDefault(channel, List.of()).stream().filter(m -> m.ts().equals(ts)).findFirst();
  }

  /** conversations.history: newest first, at most {@code limit}, metadata when asked for. */
  synchronized ArrayNode history(String channel, int limit, boolean withMetadata) {
    List<Message> list = byChannel.getOrDefault(channel, List.of());
    ArrayNode out = JSON.createArrayNode();
    for (int i = list.size() - 1; i >= 0 && out.size() < limit; i--) {
      Message m = list.get(i);
      ObjectNode node = out.addObject();
      node.put("type", "message");
      node.put("ts", m.ts());
      node.put("text", m.text());
      if (withMetadata && !m.metadata().isEmpty()) node.set("metadata", parse(m.metadata()));
    }
    return out;
  }

  public synchronized List<Message> messages(String channel) {
    return List.copyOf(byChannel.getOrDefault(channel, List.of()));
  }

  public synchronized int posts() {
    return posts;
  }

  public synchronized int duplicates() {
    return duplicates;
  }

  /** The idempotency key a message's metadata carries: {@code event_payload.key}. */
  static Optional<String> key(JsonNode metadata) {
    if (metadata == null) return Optional.empty();
    JsonNode key = metadata.path("event_payload").path("key");
    return key.isTextual() ? Optional.of(key.asText()) : Optional.empty();
  }

  private static String keyOnly(JsonNode metadata, Optional<String> key) {
    return key.map(k -> {
      ObjectNode m = JSON.createObjectNode();
      m.put("event_type", metadata.path("event_type").asText());
      m.putObject("event_payload").put("key", k);
      return m.toString();
    }).orElse("");
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String ts(long micros) {
    String fraction = Long.toString(1_000_000 + micros % 1_000_000).substring(1);
    return (micros / 1_000_000) + "." + fraction;
  }
}
