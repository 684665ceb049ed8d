package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code config/herald.yaml} is the reference of every setting, as the README promises: each key Herald
 * reads is listed there (a commented-out example such as {@code # time_zone: Europe/London} counts), with its default.
 */
class ShippedSettingsTest {
  private static final Path SHIPPED = Corpus.projectRoot().resolve("config/herald.yaml");

  /** The keys the file lists, commented-out examples included, as dotted paths. */
  static Set<String> listed(Path file) throws IOException {
    StringBuilder uncommented = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      // "  # time_zone: Europe/London   # comment" is an example of a key: read it as the key
      uncommented.append(line.replaceFirst("^(\\s*)#\\s?([a-z_]+:(\\s.*)?)$", "$1$2")).append('\n');
    }
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(uncommented.toString());
    Set<String> keys = new LinkedHashSet<>();
    collect(root, "", keys);
    return keys;
  }

  private static void collect(JsonNode node, String path, Set<String> out) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
      if (f.getValue().isObject() && f.getValue().size() > 0) collect(f.getValue(), key, out);
      else out.add(key);
    }
  }

  @Test
  void theShippedFileListsEverySettingHeraldReads() throws IOException {
    Set<String> listed = listed(SHIPPED);
    List<String> missing = new ArrayList<>();
    for (String key : ConfigLoader.keys()) if (!listed.contains(key)) missing.add(key);
    assertEquals(List.of(), missing, "config/herald.yaml must list every setting with its default and a one-line"
        + " comment (the README says it does). Add these keys to it: " + missing);
  }

  @Test
  void everyKeyTheShippedFileListsIsASettingHeraldReads() throws IOException {
    List<String> unknown = new ArrayList<>(listed(SHIPPED));
    unknown.removeAll(ConfigLoader.keys());
    assertEquals(List.of(), unknown, "config/herald.yaml lists keys Herald does not read");
  }

  @Test
  void theValuesShownAreTheDefaults(@TempDir Path home) throws IOException {
    Path empty = Files.createDirectories(home.resolve("config")).resolve("empty.yaml");
    Files.writeString(empty, "");
    assertEquals(ConfigLoader.load(home, empty), ConfigLoader.load(home, SHIPPED),
        "config/herald.yaml says the values it shows are the defaults");
  }
}
