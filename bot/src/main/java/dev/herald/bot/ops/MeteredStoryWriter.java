package dev.herald.bot.ops;

import dev.herald.digest.StoryWriter;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reports each summary written ({@code herald_summaries_total{summarizer,result}}): written by the configured
 * summarizer, by the extractive fallback instead (a language model's unusable answer), or not at all. Thread-safe.
 */
public final class MeteredStoryWriter implements StoryWriter {
  private final StoryWriter writer;
  private final String summarizer;
  private final HeraldMetrics metrics;

  /** @param summarizer the configured summarizer, {@code summary.summarizer} */
  public MeteredStoryWriter(StoryWriter writer, String summarizer, HeraldMetrics metrics) {
    this.writer = writer;
    this.summarizer = summarizer;
    this.metrics = metrics;
  }

  @Override
  public Optional<StorySummary> write(Story story) {
    return metered(() -> writer.write(story));
  }

  @Override
  public Optional<StorySummary> write(Story story, Set<String> textsChanged) {
    return metered(() -> writer.write(story, textsChanged));
  }

  private Optional<StorySummary> metered(Supplier<Optional<StorySummary>> write) {
    Optional<StorySummary> s;
    try {
      s = write.get();
    } catch (RuntimeException e) {
      metrics.summaryWritten(summarizer, HeraldMetrics.SummaryResult.FAILED);
      throw e;
    }
    metrics.summaryWritten(summarizer, s.isEmpty() ? HeraldMetrics.SummaryResult.FAILED
        : s.get().method().equals(summarizer) ? HeraldMetrics.SummaryResult.WRITTEN
        : HeraldMetrics.SummaryResult.FALLBACK);
    return s;
  }
}
