package dev.herald.bot.fake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake Slack's routes read from a JSON request body besides its top-level fields: the {@code metadata} object
 * (the idempotency key) and how many entries {@code blocks} has (Slack's limit of 50). Read from the whole tree when
 * the body is kept or the call recorded, or else ({@link #stream}) in one pass over the bytes that builds no tree of
 * the blocks: a benchmark's fake posts thousands of cards a second, and building each card's tree cost the fake more
 * than anything else it does per post.
 *
 * @param metadata the {@code metadata} field, or null when there is none
 * @param blocks the number of entries of {@code blocks} as its tree node's {@code size()} gives it (of an array, its
 *     elements; of an object, its fields; of a plain value, 0), or -1 when there is no such field
 */
record FakeSlackServerJsonBody(JsonNode metadata, int blocks) {
  static final FakeSlackServerJsonBody NONE = new FakeSlackServerJsonBody(null, -1);

  /** From the body's tree. */
  static FakeSlackServerJsonBody of(JsonNode json) {
    JsonNode blocks = json.get("blocks");
    return new FakeSlackServerJsonBody(json.get("metadata"), blocks == null ? -1 : blocks.size());
  }

  /**
   * Reads a JSON body in one pass: its top-level fields into {@code params} as {@link FakeSlackServerRequests#params}
   * puts them, but for objects and arrays, which are {@link FakeSlackServerRequests#UNWRITTEN} rather than their JSON
   * text; the metadata as a tree; the blocks counted. A body that is not a JSON object, or not valid JSON, adds no
   * field (as its tree would not).
   */
  static FakeSlackServerJsonBody stream(byte[] body, Map<String, String> params) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode metadata = null;
    int blocks = -1;
    try (JsonParser p = FakeSlackServerMessages.JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return NONE;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        boolean container = value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY;
        if (name.equals("metadata")) {
          metadata = value == JsonToken.VALUE_NULL ? NullNode.getInstance() : p.readValueAsTree();
          fields.put(name, container ? FakeSlackServerRequests.UNWRITTEN : metadata.asText());
          continue;
        }
        int entries = container ? entries(p) : 0;
        if (name.equals("blocks")) blocks = entries;
        fields.put(name, container ? FakeSlackServerRequests.UNWRITTEN : text(p, value));
      }
    } catch (IOException e) {
      return NONE;
    }
    params.putAll(fields);
    return new FakeSlackServerJsonBody(metadata, blocks);
  }

  /** A plain value's text, as its tree node's {@code asText()} gives it. */
  private static String text(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue().toString();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> throw new IOException("unexpected " + value);
    };
  }

  /** The entries of the array or object the parser is at, skipped over (the parser ends at its closing token). */
  private static int entries(JsonParser p) throws IOException {
    boolean array = p.currentToken() == JsonToken.START_ARRAY;
    JsonToken end = array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != end) {
      if (t == null) throw new IOException("unexpected end of the body");
      if (!array) t = p.nextToken(); // an object's field: its name, then its value
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
      n++;
    }
    return n;
  }
}
