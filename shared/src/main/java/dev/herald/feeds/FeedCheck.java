package dev.herald.feeds;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A manual check of one feed: fetch it now (unconditionally), parse it, and report what came back. Changes nothing:
 * no articles are stored and no validators are saved, so a check never hides new items from the next poll.
 *
 * @param problem the one-line reason when it could not be read
 */
public record FeedCheck(
    FeedSource feed, Optional<ParsedFeed> parsed, Optional<String> problem, Optional<Instant> newest, Duration took) {

  public FeedCheck {
    Objects.requireNonNull(feed, "feed == null");
    Objects.requireNonNull(parsed, "parsed == null");
    Objects.requireNonNull(problem, "problem == null");
    Objects.requireNonNull(newest, "newest == null");
    Objects.requireNonNull(took, "took == null");
  }

  public boolean ok() {
    return problem.isEmpty();
  }

  public int itemCount() {
    return parsed.map(p -> p.items().size()).orElse(0);
  }

  public List<String> warnings() {
    return parsed.map(ParsedFeed::warnings).orElse(List.of());
  }

  /** Fetches and parses {@code feed} now; never throws for a feed problem. */
  public static FeedCheck run(FeedSource feed, FeedFetcher fetcher, FeedParser parser) {
    long start = System.nanoTime();
    try {
      FetchResult r = fetcher.fetch(feed, Validators.NONE);
      if (!(r instanceof FetchResult.Fetched f)) {
        return new FeedCheck(feed, Optional.empty(), Optional.of("unexpected 304 Not Modified"), Optional.empty(),
            since(start));
      }
      ParsedFeed p = parser.parse(f.body(), f.charset(), f.finalUri());
      Optional<Instant> newest = p.items().stream().flatMap(i -> i.date().stream()).max(Instant::compareTo);
      return new FeedCheck(feed, Optional.of(p), Optional.empty(), newest, since(start));
    } catch (IOException e) {
      return new FeedCheck(feed, Optional.empty(), Optional.of(Reasons.describe(e)), Optional.empty(), since(start));
    } catch (RuntimeException e) {
      return new FeedCheck(feed, Optional.empty(),
          Optional.of("could not read the feed (" + e.getClass().getSimpleName() + ")"), Optional.empty(),
          since(start));
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
