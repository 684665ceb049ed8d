package dev.herald.feeds;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code file:} feeds (the bundled samples, local exports). Only instance feeds may be files: a workspace feed
 * with a file URI is refused, so chat users can never make Herald read the server's disk. The file's modification
 * time is its validator. Thread-safe.
 */
final class FileFeedFetcher implements FeedFetcher {
  private final long maxBytes;

  public FileFeedFetcher(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    if (!"file".equalsIgnoreCase(feed.url().getScheme())) throw new FeedException("not a file URL: " + feed.url());
    if (!feed.scope().isInstance()) throw new FeedException("workspace feeds cannot be local files");
    Path path;
    try {
      path = Path.of(feed.url());
    } catch (IllegalArgumentException e) {
      throw new FeedException("not a usable file URL: " + feed.url());
    }
    try {
      String modified = Files.getLastModifiedTime(path).toString();
      if (modified.equals(validators.lastModified())) return new FetchResult.NotModified(validators);
      if (Files.size(path) > maxBytes) {
        throw new FeedException("feed larger than " + Sizes.describe(maxBytes) + " (the cap)");
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] body = BoundedRead.readAll(in, maxBytes);
        return new FetchResult.Fetched(body, Optional.empty(), feed.url(), new Validators("", modified));
      }
    } catch (NoSuchFileException e) {
      throw new FeedException("no such file: " + path);
    } catch (AccessDeniedException e) {
      throw new FeedException("cannot read file (permission denied): " + path);
    }
  }
}
