package dev.herald.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Subscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

final class SqlChannelStore implements ChannelStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "channel_key, name, zone, briefing_at, briefing_topics";

  private final Database db;
  private final Clock clock;

  SqlChannelStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void save(Channel ch) {
    String key = ch.key().toString();
    String at = ch.briefingAt().map(LocalTime::toString).orElse(null);
    String topics = json(ch.briefingTopics());
    db.write(c -> Sql.update(c,
        "INSERT INTO channels (channel_key, platform, workspace_id, channel_id, name, zone, briefing_at,"
            + " briefing_topics, created_at, updated_at) VALUES (" + Sql.placeholders(10) + ")"
            + " ON CONFLICT (channel_key) DO UPDATE SET name = excluded.name, zone = excluded.zone,"
            + " briefing_at = excluded.briefing_at, briefing_topics = excluded.briefing_topics,"
            + " updated_at = excluded.updated_at",
        key, ch.key().platform().key(), ch.key().workspace().id(), ch.key().channelId(), ch.name(),
        ch.zone().getId(), at, topics, clock.instant(), clock.instant()));
  }

  @Override
  public Optional<Channel> find(ChannelKey key) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM channels WHERE channel_key = ?",
        SqlChannelStore::channel, key.toString()));
  }

  @Override
  public List<Channel> all() {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM channels ORDER BY channel_key",
        SqlChannelStore::channel));
  }

  @Override
  public boolean subscribe(Subscription s) {
    return db.write(c -> Sql.update(c, "INSERT INTO subscriptions (channel_key, topic, created_at) VALUES (?, ?, ?)"
        + " ON CONFLICT (channel_key, topic) DO NOTHING", s.channel().toString(), s.topic(), s.createdAt()) == 1);
  }

  @Override
  public boolean unsubscribe(ChannelKey channel, String topic) {
    return db.write(c -> Sql.update(c, "DELETE FROM subscriptions WHERE channel_key = ? AND topic = ?",
        channel.toString(), topic) > 0);
  }

  @Override
  public List<Subscription> subscriptions(ChannelKey channel) {
    return db.read(c -> Sql.list(c,
        "SELECT channel_key, topic, created_at FROM subscriptions WHERE channel_key = ? ORDER BY topic",
        SqlChannelStore::subscription, channel.toString()));
  }

  @Override
  public void showed(ChannelKey channel, String userId, long storyId, Instant at) {
    db.write(c -> Sql.update(c, "INSERT INTO shown_stories (channel_key, user_id, story_id, shown_at) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT (channel_key, user_id) DO UPDATE SET story_id = excluded.story_id, shown_at = excluded.shown_at",
        channel.toString(), userId, storyId, at));
  }

  @Override
  public Optional<ShownStory> lastShown(ChannelKey channel, String userId) {
    return db.read(c -> Sql.one(c, "SELECT story_id, shown_at FROM shown_stories WHERE channel_key = ? AND user_id = ?",
        rs -> new ShownStory(rs.getLong("story_id"), Sql.instant(rs, "shown_at")), channel.toString(), userId));
  }

  @Override
  public List<Subscription> subscribers(String topic) {
    return db.read(c -> Sql.list(c,
        "SELECT channel_key, topic, created_at FROM subscriptions WHERE topic = ? ORDER BY channel_key",
        SqlChannelStore::subscription, topic));
  }

  private static Subscription subscription(ResultSet rs) throws SQLException {
    return new Subscription(ChannelKey.parse(rs.getString("channel_key")), rs.getString("topic"),
        Sql.instant(rs, "created_at"));
  }

  private static Channel channel(ResultSet rs) throws SQLException {
    String at = rs.getString("briefing_at");
    return new Channel(
        ChannelKey.parse(rs.getString("channel_key")),
        rs.getString("name"),
        ZoneId.of(rs.getString("zone")),
        Optional.ofNullable(at).map(LocalTime::parse),
        list(rs.getString("briefing_topics")));
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static List<String> list(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("stored list is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
