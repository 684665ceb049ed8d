package dev.herald.articles.fulltext;

import dev.herald.feeds.FetchedPage;

/** Reads the article out of a fetched page (the extractor). Implementations are pure and thread-safe. */
@FunctionalInterface
public interface PageReader {
  PageReading read(FetchedPage page);
}
