package dev.herald.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@link InstanceStatus} as the JSON an instance stores for the others. Reading is lenient: a field or problem
 * it does not know (a newer instance's) is skipped, so instances of different versions read each other.
 */
final class InstanceStatusJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstanceStatusJson() {}

  static String write(InstanceStatus s) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode sending = root.putObject("sending");
    s.sending().forEach((platform, hold) -> {
      if (hold.isPresent()) {
        sending.put(platform, hold.get());
      } else {
        sending.putNull(platform);
      }
    });
    ArrayNode problems = root.putArray("problems");
    for (InstanceStatus.Problem p : s.problems()) {
      problems.addObject()
          .put("at", p.at().toEpochMilli())
          .put("platform", p.platform().key())
          .put("workspace", p.workspace())
          .put("channel", p.channel())
          .put("what", p.what())
          .put("detail", p.detail());
    }
    return root.toString();
  }

  /** The status in {@code json}; {@link InstanceStatus#NONE} when it is not a status at all. */
  static InstanceStatus read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return InstanceStatus.NONE;
    }
    if (root == null || !root.isObject()) return InstanceStatus.NONE;
    Map<String, Optional<String>> sending = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("sending").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sending.put(e.getKey(), e.getValue().isTextual() ? Optional.of(e.getValue().asText()) : Optional.empty());
    }
    List<InstanceStatus.Problem> problems = new ArrayList<>();
    for (JsonNode p : root.path("problems")) {
      Optional<Platform> platform = platform(p.path("platform").asText());
      if (platform.isEmpty() || !p.path("at").canConvertToLong()) continue;
      problems.add(new InstanceStatus.Problem(Instant.ofEpochMilli(p.path("at").asLong()), platform.get(),
          p.path("workspace").asText(), p.path("channel").asText(), p.path("what").asText(),
          p.path("detail").asText()));
    }
    return new InstanceStatus(sending, problems);
  }

  private static Optional<Platform> platform(String key) {
    try {
      return Optional.of(Platform.parse(key));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
