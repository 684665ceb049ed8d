package dev.herald.bot.cli;

import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a local feed file once before the run, so that one that cannot be parsed fails with its name. */
final class FeedNames {
  private FeedNames() {}

  static void check(Path file) {
    try {
      new FeedParser().parse(Files.readAllBytes(file), Optional.empty(), file.toUri());
    } catch (FeedException e) {
      throw new CliFailure(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new CliFailure(file + ": cannot read: " + e.getMessage());
    }
  }
}
