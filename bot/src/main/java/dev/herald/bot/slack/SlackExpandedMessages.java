package dev.herald.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which sections each posted card shows, as this process last made it, with a lock per card: two clicks on the same
 * card run one after the other, and a click whose payload predates the other's update still sees that section.
 * Bounded; after a restart the message's own blocks are the record. Thread-safe.
 */
final class SlackExpandedMessages {
  static final int MAX_REMEMBERED = 5_000;
  private static final int STRIPES = 64;

  private final Object[] locks = new Object[STRIPES];
  private final Map<String, Set<Integer>> shown = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Set<Integer>> eldest) {
      return size() > MAX_REMEMBERED;
    }
  };

  SlackExpandedMessages() {
    for (int i = 0; i < STRIPES; i++) locks[i] = new Object();
  }

  /**
   * Runs {@code work} under the card's lock, given the sections this process knows the card shows; remembers the set
   * it returns.
   */
  void update(String channelId, String ts, UnaryOperator<Set<Integer>> work) {
    String key = channelId + "/" + ts;
    synchronized (locks[Math.floorMod(key.hashCode(), STRIPES)]) {
      Set<Integer> known;
      synchronized (shown) {
        known = shown.getOrDefault(key, Set.of());
      }
      Set<Integer> after = Set.copyOf(work.apply(known));
      synchronized (shown) {
        shown.put(key, after);
      }
    }
  }
}
