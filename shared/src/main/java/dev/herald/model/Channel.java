package dev.herald.model;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel Herald posts to, with its own time zone.
 *
 * @param briefingAt local time of the daily briefing, empty when the channel has none
 * @param briefingTopics topics the daily briefing is limited to; empty means all the channel's feeds
 */
public record Channel(ChannelKey key, String name, ZoneId zone, Optional<LocalTime> briefingAt, List<String> briefingTopics) {
  public Channel {
    Objects.requireNonNull(key, "key == null");
    Checks.notNull(name, "name");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(briefingAt, "briefingAt == null");
    briefingTopics = Checks.copy(briefingTopics, "briefingTopics");
    for (String t : briefingTopics) Topic.checkName(t);
  }

  public static Channel of(ChannelKey key, ZoneId zone) {
    return new Channel(key, "", zone, Optional.empty(), List.of());
  }

  public Channel withBriefingAt(Optional<LocalTime> time, ZoneId newZone) {
    return new Channel(key, name, newZone, time, briefingTopics);
  }
}
