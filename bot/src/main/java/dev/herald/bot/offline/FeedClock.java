package dev.herald.bot.offline;

import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.RawItem;
import dev.herald.model.FeedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * "Now" for an offline run: the newest item date in the local feed files, rounded up to the next full hour, so that a
 * briefing over fixed files is the same whenever it is run.
 */
final class FeedClock {
  private FeedClock() {}

  /**
   * @throws IllegalArgumentException naming the first file that cannot be read, or when no item has a date
   */
  public static Instant asOf(List<FeedSource> feeds) {
    Instant newest = null;
    FeedParser parser = new FeedParser();
    for (FeedSource f : feeds) {
      Path file = Path.of(f.url());
      try {
        for (RawItem item : parser.parse(Files.readAllBytes(file), Optional.empty(), f.url()).items()) {
          Optional<Instant> at = item.published().or(item::updated);
          if (at.isPresent() && (newest == null || at.get().isAfter(newest))) newest = at.get();
        }
      } catch (FeedException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    if (newest == null) throw new IllegalArgumentException("no item in these feeds has a date");
    Instant hour = newest.truncatedTo(ChronoUnit.HOURS);
    return hour.equals(newest) ? hour : hour.plus(Duration.ofHours(1));
  }
}
