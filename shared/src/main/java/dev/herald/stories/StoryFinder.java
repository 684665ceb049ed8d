package dev.herald.stories;

import java.time.ZoneId;

/**
 * Lookups such as {@code /brief ai} or {@code /brief rail strike last 3 days}: free text and topics, over today's
 * stories and the archive, with the time expressions users type. Reads the store only.
 */
public interface StoryFinder {
  /**
   * @param query what the user typed after the command, possibly empty (today's top stories)
   * @param zone the channel's time zone, for "today" and dates
   */
  Lookup find(String query, ZoneId zone, int limit);
}
