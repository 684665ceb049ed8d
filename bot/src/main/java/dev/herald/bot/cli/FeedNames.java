package dev.herald.bot.cli;

import dev.herald.articles.ArticleCleaner;
import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The outlet name of a local feed file: its own title, else the file name. */
final class FeedNames {
  private FeedNames() {}

  static String name(Path file) {
    try {
      String title = ArticleCleaner.title(
          new FeedParser().parse(Files.readAllBytes(file), Optional.empty(), file.toUri()).title());
      if (!title.isEmpty()) return title.length() > 80 ? title.substring(0, 80) : title;
    } catch (FeedException e) {
      throw new CliFailure(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new CliFailure(file + ": cannot read: " + e.getMessage());
    }
    return file.getFileName().toString();
  }
}
