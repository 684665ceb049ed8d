package dev.herald.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configured feed.
 *
 * @param id stable short id ({@code [a-z0-9][a-z0-9._-]*}, at most 64 characters), unique per instance
 * @param name the outlet as readers know it ("Yonhap"); blank when not configured, so that each article's outlet is
 *     found from the site and the feed itself (see {@code dev.herald.articles.OutletNames})
 * @param url absolute {@code http}, {@code https} or {@code file} URI
 * @param topics lower-case topic names the feed's articles carry
 * @param fullText whether the pages behind its items are read ({@code full_text}, default {@link FullTextMode#AUTO})
 */
public record FeedSource(
    String id, String name, URI url, List<String> topics, FeedScope scope, Duration pollInterval,
    FullTextMode fullText) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(10);

  public FeedSource {
    Checks.notBlank(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must match " + ID + ": " + id);
    }
    Checks.notNull(name, "name");
    name = name.strip();
    Objects.requireNonNull(url, "url == null");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
      throw new IllegalArgumentException("url must be http, https or file: " + url);
    }
    topics = Checks.copy(topics, "topics");
    for (String t : topics) Topic.checkName(t);
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(pollInterval, "pollInterval == null");
    if (pollInterval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("pollInterval < 1 minute: " + pollInterval);
    }
    Objects.requireNonNull(fullText, "fullText == null");
  }

  /** A feed whose pages are read when its items are teasers ({@link FullTextMode#AUTO}). */
  public FeedSource(String id, String name, URI url, List<String> topics, FeedScope scope, Duration pollInterval) {
    this(id, name, url, topics, scope, pollInterval, FullTextMode.AUTO);
  }

  /** The name to show for the feed itself (lists, messages): the configured name, else the address's host. */
  public String label() {
    if (!name.isEmpty()) return name;
    String host = url.getHost();
    return host == null || host.isBlank() ? url.toString() : host.toLowerCase(java.util.Locale.ROOT);
  }

  /** An instance-scoped feed polled at the default interval. */
  public static FeedSource of(String id, String name, URI url, List<String> topics) {
    return new FeedSource(id, name, url, topics, FeedScope.INSTANCE, DEFAULT_POLL_INTERVAL);
  }
}
