package dev.herald.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.SerializableData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The exact JSON bodies Herald sends to Discord for a view, {@code allowed_mentions} included: what {@code herald
 * digest --format discord} prints. Bodies are JDA's own serialisation of the rendered messages (so they are what JDA
 * puts on the wire), with keys sorted for stable output. Pure.
 */
public final class DiscordPayloads {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
  private static final ObjectMapper PRETTY = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private DiscordPayloads() {}

  /** The bodies of the messages showing {@code view} (an interactive reply sends these), one JSON object each. */
  public static List<JsonNode> messages(View view) {
    return DiscordRenderer.render(view).stream().map(DiscordPayloads::tree).toList();
  }

  /**
   * The body {@link DiscordPublisher#post} sends for a story card delivered with idempotency key {@code key}: the
   * card with its delivery tag, the nonce derived from the key, and {@code enforce_nonce}.
   */
  public static JsonNode post(StoryView story, String key) {
    ObjectNode body = (ObjectNode) tree(DiscordRenderer.story(story, Optional.of(DiscordNonce.tag(key))));
    body.put("nonce", DiscordNonce.nonce(key));
    body.put("enforce_nonce", true);
    return body;
  }

  /** One line of compact JSON with sorted keys. */
  public static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON with sorted keys, for golden files and reading. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(SerializableData data) {
    try {
      return JSON.readTree(data.toData().toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(MessageCreateData data) {
    return tree((SerializableData) data);
  }
}
