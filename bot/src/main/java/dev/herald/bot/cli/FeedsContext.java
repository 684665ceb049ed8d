package dev.herald.bot.cli;

import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FeedRegistry;
import dev.herald.model.FeedSource;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What the feeds commands share: the home, settings, instance feed file and, when requested, the database with the
 * registry over it. Closing it closes the database.
 */
final class FeedsContext implements AutoCloseable {
  final Path home;
  final HeraldConfig config;
  final Path feedsFile;
  private Database db;
  private FeedStores stores;

  FeedsContext(Path feedsFileOption) {
    this.home = CliHome.home();
    this.config = CliHome.config(home);
    this.feedsFile = feedsFileOption == null ? CliHome.feedsFile(home) : feedsFileOption.toAbsolutePath();
  }

  List<FeedSource> instanceFeeds() {
    return Files.exists(feedsFile) ? FeedsConfig.load(home, feedsFile) : List.of();
  }

  /** Whether the database file exists (the list and check commands never create it). */
  boolean hasDatabase() {
    return !config.database().isEmpty() || Files.exists(config.databaseFile());
  }

  FeedStores stores() {
    if (stores == null) {
      db = CliHome.database(config);
      stores = FeedStores.sql(db, Clock.systemUTC());
    }
    return stores;
  }

  /** Which text the stored articles use, per feed (full article text). */
  ArticleTextStore texts() {
    stores();
    return ArticleTextStore.sql(db);
  }

  FeedRegistry registry() {
    return FeedRegistry.fromConfig(config.fetch(), this::instanceFeeds, stores());
  }

  @Override
  public void close() {
    if (db != null) db.close();
  }
}
