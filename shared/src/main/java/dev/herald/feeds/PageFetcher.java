package dev.herald.feeds;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches web pages behind feed items, with the same rules as feeds. Implementations are thread-safe and bound every
 * fetch in time and size; they do not pace requests (the caller decides when to ask).
 *
 * @see HttpPageFetcher
 * @see LocalPageFetcher
 */
public interface PageFetcher {
  /**
   * An HTML page ({@code text/html} or {@code application/xhtml+xml}).
   *
   * @throws NotHtmlException when the server answers with another type
   * @throws HttpStatusException on a status other than 2xx (429 and 503 as {@link RetryLaterException})
   * @throws IOException on any other failure; a {@link FeedException}'s message is a one-line reason
   */
  FetchedPage page(URI url) throws IOException;

  /**
   * The {@code /robots.txt} of {@code url}'s site, whatever its status: the caller reads rules from it (RFC 9309: a
   * 4xx means no rules, a 5xx or an unreachable site means "do not crawl for now").
   *
   * @throws IOException when the site could not be reached
   */
  RobotsFile robots(URI url) throws IOException;

  /** Whether requests cost the site anything, so the caller spaces them (false for local copies). */
  default boolean paced() {
    return true;
  }

  /**
   * Cancels every request in flight (the caller is shutting down): each fails at once with an {@link IOException}
   * instead of waiting for its timeout. The fetcher stays usable.
   */
  default void cancelAll() {}
}
