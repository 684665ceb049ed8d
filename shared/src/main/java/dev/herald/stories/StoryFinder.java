package dev.herald.stories;

import dev.herald.model.Story;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Lookups such as {@code /brief ai} or {@code /brief rail strike last 3 days}: free text and topics, over today's
 * stories and the archive, with the time expressions users type. Reads the store only.
 */
public interface StoryFinder {
  /**
   * @param query what the user typed after the command, possibly empty (today's top stories)
   * @param zone the channel's time zone, for "today" and dates
   * @param limit how many stories to return, best first
   * @param include which stories may be shown (a workspace's visibility); the total counts only these
   */
  Lookup find(String query, ZoneId zone, int limit, Predicate<Story> include);

  /** {@link #find(String, ZoneId, int, Predicate)} over every story. */
  default Lookup find(String query, ZoneId zone, int limit) {
    return find(query, zone, limit, s -> true);
  }
}
