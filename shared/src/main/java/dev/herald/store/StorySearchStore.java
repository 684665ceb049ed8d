package dev.herald.store;

import java.time.Instant;
import java.util.List;

/**
 * Full-text search over stories: each live story has one searchable document made of its headline and the headlines
 * and leads of its articles. Implementations keep their own index (SQLite FTS5, PostgreSQL tsvector); SQL stays in
 * this package.
 * Thread-safe like {@link Database}.
 */
public interface StorySearchStore {
  /** At most this many characters of text are kept per story; later text is dropped (the lead already tells). */
  int MAX_BODY_CHARS = 20_000;

  /** Adds an article's headline and text to the story's document (creating it; {@code title} names a new story). */
  void append(long storyId, String title, String text);

  /** Moves {@code drop}'s document into {@code keep}'s and removes {@code drop}'s. */
  void merge(long keep, long drop);

  /**
   * Live stories whose document has every word of {@code words} ({@code matchAll}) or any of them, with coverage in
   * {@code [from, to)} (an article published then), most relevant first. Words are matched with English stemming; anything but letters
   * and digits in a word is ignored, so user input can never change the query syntax.
   */
  List<StoryHit> search(List<String> words, boolean matchAll, Instant from, Instant to, int limit);

  /** The implementation for the database's vendor (its index comes from the vendor's migrations). */
  static StorySearchStore sql(Database db) {
    return db.vendor() == Database.Vendor.POSTGRESQL ? new PostgresStorySearchStore(db) : new SqlStorySearchStore(db);
  }

  /** The SQLite implementation (needs the {@code db/migration/sqlite} migrations, which {@link Database} runs). */
  static StorySearchStore sqlite(Database db) {
    if (db.vendor() != Database.Vendor.SQLITE) throw new IllegalArgumentException("not a SQLite database: " + db);
    return new SqlStorySearchStore(db);
  }
}
