package dev.herald.config;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance feeds of {@code config/feeds.yaml}, re-read when the file changes (a person edits it by hand, or
 * {@code bot/herald feeds add|remove} does). A missing file means no instance feeds; an edit that does not load is
 * logged and the last good list is kept, so a typo never stops the feeds that were running. Thread-safe.
 */
public final class InstanceFeeds implements Supplier<List<FeedSource>> {
  private static final Logger log = LoggerFactory.getLogger(InstanceFeeds.class);

  private final Path home;
  private final Path file;
  private FileTime loadedAt;
  private List<FeedSource> feeds = List.of();

  public InstanceFeeds(Path home, Path file) {
    this.home = home;
    this.file = file;
  }

  @Override
  public synchronized List<FeedSource> get() {
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      loadedAt = null;
      feeds = List.of();
      return feeds;
    } catch (IOException e) {
      log.warn("cannot read {}: {}; keeping the last feed list", file, e.getMessage());
      return feeds;
    }
    if (modified.equals(loadedAt)) return feeds;
    try {
      feeds = FeedsConfig.load(home, file);
    } catch (ConfigException e) {
      if (loadedAt == null && feeds.isEmpty()) throw e;
      log.warn("{}; keeping the last feed list", e.getMessage());
    }
    loadedAt = modified;
    return feeds;
  }
}
