package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Topic;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsConfigTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("topics.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void theBundledTopicsLoadAndCoverTheSampleFeedsTopics() {
    Path home = Corpus.projectRoot();
    List<Topic> topics = TopicsConfig.load(home, home.resolve("config/topics.yaml"));
    List<String> names = topics.stream().map(Topic::name).toList();
    for (String t : List.of("ai", "tech", "climate", "business", "economy", "science", "sports", "health",
        "transport", "world")) {
      assertTrue(names.contains(t), "missing topic " + t);
    }
    assertTrue(topics.stream().allMatch(t -> !t.keywords().isEmpty() || !t.feeds().isEmpty()));
  }

  @Test
  void readsNamesKeywordsAndFeeds() throws IOException {
    List<Topic> topics = TopicsConfig.load(dir, write(
        "topics:\n  - name: rail\n    keywords: [rail strike, trains]\n    feeds: [harbor-times]\n"));
    assertEquals(List.of(new Topic("rail", List.of("rail strike", "trains"), List.of("harbor-times"))), topics);
  }

  @Test
  void aMisspelledKeyIsAnErrorNamingFileAndKey() throws IOException {
    ConfigException e = assertThrows(ConfigException.class,
        () -> TopicsConfig.load(dir, write("topics:\n  - name: rail\n    keywrods: [trains]\n")));
    assertEquals("topics.yaml: topics[0].keywrods is not a known setting (check its spelling)", e.getMessage());
  }

  @Test
  void badOrRepeatedNamesAndEmptyTopicsAreErrors() throws IOException {
    assertThrows(ConfigException.class,
        () -> TopicsConfig.load(dir, write("topics:\n  - name: Rail News\n    keywords: [x]\n")));
    assertThrows(ConfigException.class, () -> TopicsConfig.load(dir,
        write("topics:\n  - name: rail\n    keywords: [x]\n  - name: rail\n    keywords: [y]\n")));
    assertThrows(ConfigException.class, () -> TopicsConfig.load(dir, write("topics:\n  - name: rail\n")));
  }

  @Test
  void aMissingFileMeansNoTopicsOnlyWhenAskedSo() {
    assertFalse(Files.exists(dir.resolve("none.yaml")));
    assertEquals(List.of(), TopicsConfig.loadIfPresent(dir, dir.resolve("none.yaml")));
    assertThrows(ConfigException.class, () -> TopicsConfig.load(dir, dir.resolve("none.yaml")));
  }
}
