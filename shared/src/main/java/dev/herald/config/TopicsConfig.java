package dev.herald.config;

import dev.herald.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the topic list ({@code config/topics.yaml}):
 *
 * <pre>
 * topics:
 *   - name: climate                      # lower-case letters, digits, '-'; at most 40
 *     keywords: [climate, storm, "sea level", glacier]   # words or phrases, matched case-insensitively
 *     feeds: [pacific-daily]             # optional: every article of these feeds is on-topic
 * </pre>
 *
 * Every topic needs at least one keyword or feed. Names must be unique.
 */
public final class TopicsConfig {
  private TopicsConfig() {}

  /**
   * Loads the topics.
   *
   * @throws ConfigException naming the file and key of the first wrong value
   */
  public static List<Topic> load(Path home, Path file) {
    YamlSection root = YamlSection.load(file, ConfigLoader.display(home, file));
    List<Topic> topics = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlSection t : root.sections("topics")) {
      String name = t.requiredString("name");
      if (!Topic.isValidName(name)) {
        throw t.error("name", "must be lower-case letters, digits and '-' (at most 40), got \"" + name + "\"");
      }
      if (!names.add(name)) throw t.error("name", "repeats an earlier topic's name \"" + name + "\"");
      List<String> keywords = new ArrayList<>();
      for (String k : t.strings("keywords")) {
        if (k.isBlank()) throw t.error("keywords", "must not contain empty values");
        if (k.length() > 100) throw t.error("keywords", "values must be at most 100 characters");
        keywords.add(k);
      }
      List<String> feeds = t.strings("feeds");
      t.rejectUnknown();
      if (keywords.isEmpty() && feeds.isEmpty()) throw t.error("keywords", "or feeds is required");
      topics.add(new Topic(name, keywords, feeds));
    }
    root.rejectUnknown();
    return topics;
  }

  /** {@link #load} when the file exists, else no topics. */
  public static List<Topic> loadIfPresent(Path home, Path file) {
    return Files.exists(file) ? load(home, file) : List.of();
  }
}
