package dev.herald.chat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Defaults for channels Herald has not seen before, and the briefing's shape.
 *
 * @param briefingWindow how far back {@code /brief} without a query looks
 */
public record ChatSettings(ZoneId defaultZone, LocalTime defaultBriefingAt, int briefingStories, Duration briefingWindow) {
  public ChatSettings {
    Objects.requireNonNull(defaultZone, "defaultZone == null");
    Objects.requireNonNull(defaultBriefingAt, "defaultBriefingAt == null");
    if (briefingStories < 1) throw new IllegalArgumentException("briefingStories < 1: " + briefingStories);
    Objects.requireNonNull(briefingWindow, "briefingWindow == null");
  }
}
