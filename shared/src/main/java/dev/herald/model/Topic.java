package dev.herald.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic channels can subscribe to and look up: a name, the keywords or phrases that mark a story as on-topic, and
 * optionally the feeds whose every article is on-topic.
 */
public record Topic(String name, List<String> keywords, List<String> feeds) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Topic {
    checkName(name);
    keywords = Checks.copy(keywords, "keywords");
    feeds = Checks.copy(feeds, "feeds");
  }

  static String checkName(String name) {
    Checks.notNull(name, "topic");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("topic must be lower-case letters, digits and '-', at most 40: " + name);
    }
    return name;
  }

  /** Whether {@code text} is a valid topic name. */
  public static boolean isValidName(String text) {
    return text != null && NAME.matcher(text).matches();
  }
}
