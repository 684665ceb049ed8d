package dev.herald.digest;

import dev.herald.model.SummaryFallback;

/** Where {@link LlmSummarizer} reports a fallback to the extractive summary: the store, in production. */
@FunctionalInterface
public interface FallbackRecorder {
  void record(SummaryFallback fallback);
}
