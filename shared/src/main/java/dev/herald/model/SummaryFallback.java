package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A language-model summary that was not used: the request failed, timed out or returned something unusable, so the
 * extractive summary was written instead. Shown in status.
 *
 * @param reason one line, for operators (never the API key or the article text)
 */
public record SummaryFallback(long storyId, int storyVersion, String reason, Instant at) {
  public SummaryFallback {
    Checks.atLeast(storyId, 1, "storyId");
    Checks.atLeast(storyVersion, 1, "storyVersion");
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at == null");
  }
}
