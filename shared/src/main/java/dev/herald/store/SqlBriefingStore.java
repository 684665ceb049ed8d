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
      versions.add(new StoryVersion(s.story().id(), s.story().version()));
    }
    return new BriefingRecord(id, b.channel(), b.asOf(), b.since(), versions);
  }

  @Override
  public Optional<BriefingRecord> latest(ChannelKey channel) {
    return db.read(c -> {
      Optional<long[]> head = Sql.one(c,
          "SELECT id, as_of, since FROM briefings WHERE channel_key = ? ORDER BY as_of DESC, id DESC LIMIT 1",
          rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, channel.toString());
      if (head.isEmpty()) return Optional.empty();
      long[] h = head.get();
      return Optional.of(new BriefingRecord(h[0], channel, java.time.Instant.ofEpochMilli(h[1]),
          java.time.Instant.ofEpochMilli(h[2]), stories(c, h[0])));
    });
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
}
