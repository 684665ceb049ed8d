package dev.herald.store;

import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.ChannelKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqlBriefingStore implements BriefingStore {
  /** A briefing's id, as_of and since, as {@link #withStories} reads them. */
  private static final Sql.Row<long[]> HEAD = rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};

  /** Briefings deleted per write: a large backlog never holds SQLite's one write lock for long. */
  static final int PURGE_BATCH = 200;

  private final Database db;
  private final Clock clock;

  SqlBriefingStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public BriefingRecord record(Briefing b) {
    return db.write(c -> insert(c, b, clock.instant()));
  }

  /** Inserts the briefing on {@code c}, inside the caller's transaction (the outbox records it with its sends). */
  static BriefingRecord insert(Connection c, Briefing b, java.time.Instant now) throws SQLException {
    long id = Sql.nextId(c, "briefing");
    Sql.update(c, "INSERT INTO briefings (id, channel_key, as_of, since, created_at) VALUES (?, ?, ?, ?, ?)",
        id, b.channel().toString(), b.asOf(), b.since(), now);
    List<StoryVersion> versions = new ArrayList<>();
    int position = 0;
    for (BriefingStory s : b.stories()) {
      Sql.update(c,
          "INSERT INTO briefing_stories (briefing_id, position, story_id, story_version) VALUES (?, ?, ?, ?)",
          id, position++, s.story().id(), s.story().version());
      // the card's key is the summarised version it shows (its outbox row's); the first briefing to post it keeps it
      Sql.update(c, "INSERT INTO briefing_cards (channel_key, story_id, story_version, briefing_id) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (channel_key, story_id, story_version) DO NOTHING",
          b.channel().toString(), s.story().id(), s.summary().storyVersion(), id);
      versions.add(new StoryVersion(s.story().id(), s.story().version()));
    }
    return new BriefingRecord(id, b.channel(), b.asOf(), b.since(), versions);
  }

  @Override
  public Optional<BriefingRecord> latest(ChannelKey channel) {
    return db.read(c -> {
      Optional<long[]> head = Sql.one(c,
          "SELECT id, as_of, since FROM briefings WHERE channel_key = ? ORDER BY as_of DESC, id DESC LIMIT 1",
          HEAD, channel.toString());
      return withStories(c, channel, head);
    });
  }

  @Override
  public Optional<BriefingRecord> ofCard(ChannelKey channel, long storyId, int version) {
    return db.read(c -> {
      Optional<long[]> head = Sql.one(c,
          "SELECT b.id, b.as_of, b.since FROM briefing_cards k JOIN briefings b ON b.id = k.briefing_id"
              + " WHERE k.channel_key = ? AND k.story_id = ? AND k.story_version <= ?"
              + " ORDER BY k.story_version DESC LIMIT 1",
          HEAD, channel.toString(), storyId, version);
      return withStories(c, channel, head);
    });
  }

  /** The briefing whose id, as_of and since {@code head} read, with its stories. */
  private static Optional<BriefingRecord> withStories(Connection c, ChannelKey channel, Optional<long[]> head)
      throws SQLException {
    if (head.isEmpty()) return Optional.empty();
    long[] h = head.get();
    return Optional.of(new BriefingRecord(h[0], channel, java.time.Instant.ofEpochMilli(h[1]),
        java.time.Instant.ofEpochMilli(h[2]), stories(c, h[0])));
  }

  private static List<StoryVersion> stories(Connection c, long briefingId) throws SQLException {
    return Sql.list(c,
        "SELECT story_id, story_version FROM briefing_stories WHERE briefing_id = ? ORDER BY position",
        rs -> new StoryVersion(rs.getLong(1), rs.getInt(2)), briefingId);
  }

  @Override
  public boolean shown(ChannelKey channel, long storyId, int version) {
    return db.read(c -> Sql.one(c,
        "SELECT 1 FROM briefing_stories s JOIN briefings b ON b.id = s.briefing_id"
            + " WHERE b.channel_key = ? AND s.story_id = ? AND s.story_version >= ?",
        rs -> true, channel.toString(), storyId, version).isPresent());
  }

  @Override
  public int purge(java.time.Instant before) {
    return purge(before, PURGE_BATCH);
  }

  /** {@link #purge(java.time.Instant)}, {@code batch} briefings per write. */
  int purge(java.time.Instant before, int batch) {
    return Sql.untilShort(batch, () -> db.write(c -> Sql.update(c,
          "DELETE FROM briefings WHERE id IN (SELECT b.id FROM briefings b WHERE b.as_of < ?"
              // never the channel's latest: the next briefing starts where it ended
              + " AND b.as_of < (SELECT MAX(l.as_of) FROM briefings l WHERE l.channel_key = b.channel_key)"
              // no story that may still grow, or that has an article since the channel's latest briefing
              + " AND NOT EXISTS (SELECT 1 FROM briefing_stories s JOIN stories t ON t.id = s.story_id"
              + " WHERE s.briefing_id = b.id AND (t.newest_article_at >= ? OR t.newest_article_at >="
              + " (SELECT MAX(l.as_of) FROM briefings l WHERE l.channel_key = b.channel_key)))"
              // no card the outbox may still render: pending, parked for a retry, or an edit of its message
              + " AND NOT EXISTS (SELECT 1 FROM briefing_stories s JOIN outbox o ON o.story_id = s.story_id"
              + " WHERE s.briefing_id = b.id AND o.channel_key = b.channel_key)"
              + " ORDER BY b.id LIMIT ?)",
          before, before, batch)));
  }
}
