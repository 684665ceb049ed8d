package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFeedFetcherTest {
  @TempDir Path dir;

  @Test
  void readsInstanceFilesAndReportsAnUnchangedFileAsNotModified() throws IOException {
    Path f = Files.writeString(dir.resolve("a.xml"), "<rss/>");
    FeedSource feed = FeedSource.of("a", "A", f.toUri(), List.of());
    FileFeedFetcher fetcher = new FileFeedFetcher(1024);
    FetchResult.Fetched first = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(feed, Validators.NONE));
    assertEquals("<rss/>", new String(first.body()));
    assertInstanceOf(FetchResult.NotModified.class, fetcher.fetch(feed, first.validators()));
  }

  @Test
  void refusesWorkspaceFeedsOversizedFilesAndMissingOnes() throws IOException {
    Path f = Files.writeString(dir.resolve("big.xml"), "x".repeat(2048));
    FileFeedFetcher fetcher = new FileFeedFetcher(1024);
    FeedSource workspace = new FeedSource("w", "W", f.toUri(), List.of(),
        FeedScope.of(new WorkspaceKey(Platform.SLACK, "T1")), Duration.ofMinutes(10));
    assertEquals("workspace feeds cannot be local files",
        assertThrows(FeedException.class, () -> fetcher.fetch(workspace, Validators.NONE)).getMessage());
    assertEquals("feed larger than 1 KiB (the cap)", assertThrows(FeedException.class,
        () -> fetcher.fetch(FeedSource.of("b", "B", f.toUri(), List.of()), Validators.NONE)).getMessage());
    Path missing = dir.resolve("missing.xml");
    assertEquals("no such file: " + missing, assertThrows(FeedException.class,
        () -> fetcher.fetch(FeedSource.of("m", "M", missing.toUri(), List.of()), Validators.NONE)).getMessage());
  }
}
