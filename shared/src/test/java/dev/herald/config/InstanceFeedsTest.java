package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceFeedsTest {
  @TempDir Path home;

  @Test
  void reloadsWhenTheFileChangesAndKeepsTheLastGoodListOnATypo() throws IOException {
    Path f = home.resolve("feeds.yaml");
    InstanceFeeds feeds = new InstanceFeeds(home, f);
    assertEquals(List.of(), feeds.get());
    Files.writeString(f, "feeds:\n  - id: a\n    name: A\n    url: https://a.example/rss\n");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-11-27T08:00:00Z")));
    assertEquals(List.of("a"), feeds.get().stream().map(FeedSource::id).toList());
    Files.writeString(f, "feeds:\n  - id: a\n    nmae: typo\n");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-11-27T08:01:00Z")));
    assertEquals(List.of("a"), feeds.get().stream().map(FeedSource::id).toList());
    Files.writeString(f, "feeds:\n  - id: b\n    name: B\n    url: https://b.example/rss\n");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-11-27T08:02:00Z")));
    assertEquals(List.of("b"), feeds.get().stream().map(FeedSource::id).toList());
  }
}
