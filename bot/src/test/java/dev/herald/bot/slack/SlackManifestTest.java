package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** config/slack-manifest.yaml asks for what the code uses: its commands, its scopes, Socket Mode, interactivity. */
class SlackManifestTest {
  @Test
  void theManifestMatchesTheCode() throws Exception {
    Path root = Path.of(System.getProperty("herald.project.root", ".."));
    JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("config/slack-manifest.yaml").toFile());
    List<String> commands = new ArrayList<>();
    for (JsonNode c : m.path("features").path("slash_commands")) commands.add(c.path("command").asText());
    assertEquals(List.of("/brief", "/sources", "/expand", "/herald"), commands);
    assertEquals(SlackCommands.NAMES, commands, "the manifest lists exactly the commands Bolt answers");
    for (JsonNode c : m.path("features").path("slash_commands")) {
      assertFalse(c.path("description").asText().isBlank(), c.toString());
      assertFalse(c.path("usage_hint").asText().isBlank(), c.toString());
    }
    Set<String> scopes = new TreeSet<>();
    for (JsonNode s : m.path("oauth_config").path("scopes").path("bot")) scopes.add(s.asText());
    assertEquals(new TreeSet<>(List.of(SlackBolt.SCOPES.split(","))), scopes);
    assertTrue(m.path("settings").path("socket_mode_enabled").asBoolean());
    assertTrue(m.path("settings").path("interactivity").path("is_enabled").asBoolean());
    assertEquals(false, m.path("settings").path("token_rotation_enabled").asBoolean(true));
  }
}
