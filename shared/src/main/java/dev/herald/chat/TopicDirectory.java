package dev.herald.chat;

import java.util.SortedSet;

/** The topic names channels may subscribe to (from topics.yaml and the feeds' own topics). */
@FunctionalInterface
public interface TopicDirectory {
  SortedSet<String> names();
}
