package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {
  @TempDir Path home;

  private static final String FILE = """
      # Our feeds. Keep this list short.
      feeds:
          # the wire first
          - id: wire
            name: Wire   # the agency
            url: https://wire.example/rss
            topics: [world]

          - id: local
            name: Local Paper
            url: https://local.example/feed
      # end of list
      """;

  @Test
  void addAppendsInTheFilesOwnStyleAndKeepsComments() throws IOException {
    Path f = home.resolve("config/feeds.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, FILE);
    FeedsFile.add(home, f, "tech-daily", "Tech: Daily #1", "https://tech.example/rss?x=1&y=2", List.of("tech", "ai"), 15);
    String text = Files.readString(f);
    assertTrue(text.startsWith("# Our feeds. Keep this list short.\nfeeds:\n    # the wire first\n"), text);
    assertTrue(text.contains("name: Wire   # the agency"), text);
    assertTrue(text.contains("      url: https://local.example/feed\n"
        + "    - id: tech-daily\n"
        + "      name: \"Tech: Daily #1\"\n"
        + "      url: https://tech.example/rss?x=1&y=2\n"
        + "      topics: [tech, ai]\n"
        + "      interval_minutes: 15\n"
        + "# end of list\n"), text);
    List<FeedSource> feeds = FeedsConfig.load(home, f);
    assertEquals(List.of("wire", "local", "tech-daily"), feeds.stream().map(FeedSource::id).toList());
    assertEquals("Tech: Daily #1", feeds.get(2).name());
    assertEquals(URI.create("https://tech.example/rss?x=1&y=2"), feeds.get(2).url());
  }

  @Test
  void removeDeletesExactlyOneEntry() throws IOException {
    Path f = home.resolve("feeds.yaml");
    Files.writeString(f, FILE);
    assertTrue(FeedsFile.remove(home, f, "wire"));
    assertEquals("""
        # Our feeds. Keep this list short.
        feeds:
            # the wire first
            - id: local
              name: Local Paper
              url: https://local.example/feed
        # end of list
        """, Files.readString(f));
    assertFalse(FeedsFile.remove(home, f, "wire"));
  }

  @Test
  void createsAMissingFileAndRefusesADuplicateId() throws IOException {
    Path f = home.resolve("config/feeds.yaml");
    FeedsFile.add(home, f, "one", "One", "https://one.example/rss", List.of(), 10);
    assertEquals(List.of("one"), FeedsConfig.load(home, f).stream().map(FeedSource::id).toList());
    ConfigException e = assertThrows(ConfigException.class,
        () -> FeedsFile.add(home, f, "one", "Again", "https://two.example/rss", List.of(), 10));
    assertEquals("config/feeds.yaml: a feed with id \"one\" is already listed", e.getMessage());
  }

  @Test
  void anEditThatWouldNotLoadLeavesTheFileAlone() throws IOException {
    Path f = home.resolve("feeds.yaml");
    Files.writeString(f, FILE);
    ConfigException e = assertThrows(ConfigException.class,
        () -> FeedsFile.add(home, f, "bad", "Bad", "ftp://bad.example/", List.of(), 10));
    assertTrue(e.getMessage().startsWith("feeds.yaml: the edit would not load"), e.getMessage());
    assertEquals(FILE, Files.readString(f));
  }
}
