package dev.herald.bot.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-pass reading of a JSON body gives the routes what reading its whole tree gives them. */
class FakeSlackServerJsonBodyTest {
  static final String BLOCK = "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x [1]\"},"
      + "\"accessory\":{\"type\":\"button\",\"value\":\"[\\\"}\"}}";

  @Test
  void streamingReadsWhatTheTreeSays() {
    List<String> bodies = List.of(
        "{\"channel\":\"C1\",\"text\":\"hi\",\"blocks\":[" + BLOCK + "," + BLOCK + "],\"metadata\":"
            + "{\"event_type\":\"herald_delivery\",\"event_payload\":{\"key\":\"k1\",\"n\":[1,{\"a\":2}]}},"
            + "\"unfurl_links\":false,\"thread_ts\":null,\"n\":12,\"x\":1.5}",
        "{\"channel\":\"C1\",\"blocks\":[" + String.join(",", java.util.Collections.nCopies(51, BLOCK)) + "]}",
        "{\"channel\":\"C1\",\"blocks\":[[1,2],3,\"s\",null,{}]}",
        "{\"channel\":\"C1\",\"blocks\":{\"a\":[1],\"b\":{\"c\":1},\"d\":2}}",
        "{\"channel\":\"C1\",\"blocks\":\"[1,2,3]\",\"metadata\":\"{\\\"event_payload\\\":{\\\"key\\\":\\\"k\\\"}}\"}",
        "{\"channel\":\"C1\",\"metadata\":null,\"blocks\":[]}",
        "{\"channel\":\"C1\",\"channel\":\"C2\",\"metadata\":{\"event_payload\":{\"key\":\"a\"}},"
            + "\"metadata\":{\"event_payload\":{\"key\":\"b\"}},\"blocks\":[1,2],\"blocks\":\"x\"}",
        "{\"channel\":\"C1\",\"text\":\"\\u00e9\\n\\\"q\\\"\"}",
        "{\"channel\":\"C1\",\"n\":12345678901234567890}",
        "{}",
        "[1,2]",
        "\"text\"",
        "",
        "{\"channel\":\"C1\",\"text\":\"cut",
        "{\"channel\":\"C1\",\"blocks\":[" + BLOCK,
        "{\"channel\":\"C1\",}",
        "not json");
    for (String body : bodies) {
      byte[] raw = body.getBytes(StandardCharsets.UTF_8);
      JsonNode tree = FakeSlackServerRequests.json(raw);
      Map<String, String> fromTree = new LinkedHashMap<>();
      tree.fields().forEachRemaining(e -> fromTree.put(e.getKey(),
          e.getValue().isValueNode() ? e.getValue().asText() : FakeSlackServerRequests.UNWRITTEN));
      Map<String, String> streamed = new LinkedHashMap<>();
      FakeSlackServerJsonBody read = FakeSlackServerJsonBody.stream(raw, streamed);
      assertEquals(fromTree, streamed, body);
      assertEquals(FakeSlackServerJsonBody.of(tree), read, body);
    }
  }

  @Test
  void countsTheBlocksAndKeepsTheMetadata() {
    Map<String, String> params = new LinkedHashMap<>(Map.of("from", "query"));
    FakeSlackServerJsonBody read = FakeSlackServerJsonBody.stream(("{\"channel\":\"C1\",\"blocks\":[" + BLOCK + ","
        + BLOCK + "," + BLOCK + "],\"metadata\":{\"event_payload\":{\"key\":\"k9\"}}}")
        .getBytes(StandardCharsets.UTF_8), params);
    assertEquals(3, read.blocks());
    assertEquals(java.util.Optional.of("k9"), FakeSlackServerMessages.key(read.metadata()));
    assertEquals(Map.of("from", "query", "channel", "C1", "blocks", FakeSlackServerRequests.UNWRITTEN,
        "metadata", FakeSlackServerRequests.UNWRITTEN), params);
  }
}
