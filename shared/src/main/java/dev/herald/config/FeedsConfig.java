package dev.herald.config;

import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.FullTextMode;
import dev.herald.model.Topic;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the instance feed list ({@code config/feeds.yaml}). A {@code url} without a scheme is a file path relative to
 * the feeds file's directory, which is how the bundled samples are listed.
 */
public final class FeedsConfig {
  private FeedsConfig() {}

  /** Where the topics are defined, relative to Herald's home. */
  public static final String TOPICS_FILE = "config/topics.yaml";

  /**
   * Loads the feed list. A feed's topics must be topics of {@code config/topics.yaml} when that file exists (a typo
   * would otherwise make a topic nobody can subscribe to), and a feed given as a file path must exist.
   *
   * @throws ConfigException naming the file and key of the first wrong value
   */
  public static List<FeedSource> load(Path home, Path file) {
    Optional<SortedSet<String>> known = knownTopics(home);
    YamlSection root = YamlSection.load(file, ConfigLoader.display(home, file));
    Path dir = file.toAbsolutePath().getParent();
    List<FeedSource> feeds = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlSection f : root.sections("feeds")) {
      String id = f.requiredString("id");
      if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
        throw f.error("id", "must be lower-case letters, digits, '.', '_' or '-' (at most 64), got \"" + id + "\"");
      }
      if (!ids.add(id)) throw f.error("id", "repeats an earlier feed's id \"" + id + "\"");
      String name = f.string("name", "");
      URI url = url(f, dir);
      List<String> topics = f.strings("topics");
      for (String t : topics) {
        if (!Topic.isValidName(t)) {
          throw f.error("topics", "must be lower-case names (letters, digits, '-'), got \"" + t + "\"");
        }
        if (known.isPresent() && !known.get().contains(t)) throw f.error("topics", unknownTopic(t, known.get()));
      }
      int minutes = f.integer("interval_minutes", 10, 1, 24 * 60);
      String mode = f.string("full_text", FullTextMode.AUTO.label());
      FullTextMode fullText = FullTextMode.parse(mode)
          .orElseThrow(() -> f.error("full_text", "must be auto, always or never, got \"" + mode + "\""));
      f.rejectUnknown();
      feeds.add(new FeedSource(id, name, url, topics, FeedScope.INSTANCE, Duration.ofMinutes(minutes), fullText));
    }
    root.rejectUnknown();
    return feeds;
  }

  private static URI url(YamlSection f, Path dir) {
    String text = f.requiredString("url");
    if (text.startsWith("http://") || text.startsWith("https://")) {
      try {
        URI uri = new URI(text);
        if (uri.getHost() == null) throw f.error("url", "has no host: \"" + text + "\"");
        return uri;
      } catch (URISyntaxException e) {
        throw f.error("url", "is not a valid URL: \"" + text + "\"");
      }
    }
    if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !text.startsWith("file:")) {
      throw f.error("url", "must be http(s) or a local file path, got \"" + text + "\"");
    }
    Path p = text.startsWith("file:") ? Path.of(URI.create(text)) : dir.resolve(text).normalize();
    if (!Files.isRegularFile(p)) {
      throw f.error("url", "names a file that does not exist: \"" + text + "\"" + (text.startsWith("file:") ? ""
          : " (a path is relative to " + dir.getFileName() + "/, the feed list's folder)"));
    }
    return p.toUri();
  }

  /** The topics {@code config/topics.yaml} defines, or empty when there is no such file (then any name goes). */
  public static Optional<SortedSet<String>> knownTopics(Path home) {
    Path file = home.resolve(TOPICS_FILE);
    if (!Files.exists(file)) return Optional.empty();
    SortedSet<String> names = new TreeSet<>();
    for (Topic t : TopicsConfig.load(home, file)) names.add(t.name());
    return Optional.of(names);
  }

  /** "names "wrold", which is not a topic of config/topics.yaml (topics: ai, business, ...)". */
  public static String unknownTopic(String topic, SortedSet<String> known) {
    return "names \"" + topic + "\", which is not a topic of " + TOPICS_FILE + " (topics: " + String.join(", ", known)
        + ")";
  }
}
