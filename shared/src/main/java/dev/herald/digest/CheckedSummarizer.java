package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarise, check, number: the store-free core of {@link CheckedStoryWriter}, also used by the {@code summarize}
 * command. The draft must pass {@link IntegrityCheck}; only then is it numbered by {@link CitationNumberer} with
 * {@link SourceDescriptions} and checked once more in its numbered form. A summary that fails is never returned:
 * the result holds the report that says why (logged at DEBUG: a run of many stories sums its failures up in one line,
 * see {@code Pipeline}). Thread-safe if the summarizer is.
 */
public final class CheckedSummarizer {
  private static final Logger LOG = LoggerFactory.getLogger(CheckedSummarizer.class);

  private final Summarizer summarizer;
  private final int maxWords;

  /** The outcome: the summary when it passed, and the integrity report either way. */
  public record Result(Optional<StorySummary> summary, IntegrityReport report) {
    public Result {
      Objects.requireNonNull(summary, "summary == null");
      Objects.requireNonNull(report, "report == null");
    }
  }

  /**
   * @param maxWords the word budget of all sections together ({@code summary.max_words} in config)
   */
  public CheckedSummarizer(Summarizer summarizer, int maxWords) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer == null");
    if (maxWords < 1) throw new IllegalArgumentException("maxWords < 1: " + maxWords);
    this.maxWords = maxWords;
  }

  /**
   * @param articles the story's articles in the order they joined; must not be empty
   * @param now the summary's creation time
   */
  public Result summarize(Story story, List<Article> articles, Instant now) {
    return summarize(story, articles, now, java.util.Map.of());
  }

  /**
   * As {@link #summarize(Story, List, Instant)} for a living story: every article keeps the number it has in
   * {@code previous} (article id to number, from the story's last summary) and new articles take the next numbers.
   */
  public Result summarize(Story story, List<Article> articles, Instant now, java.util.Map<String, Integer> previous) {
    DraftSummary draft;
    try {
      draft = summarizer.summarize(story, articles, maxWords);
    } catch (IllegalArgumentException e) {
      LOG.debug("story {} v{}: no summary: {}", story.id(), story.version(), e.getMessage());
      return failed(e.getMessage());
    }
    IntegrityReport report = IntegrityCheck.check(draft, articles);
    if (!report.passed()) {
      LOG.debug("story {} v{}: {} summary failed the integrity check: {}", story.id(), story.version(),
          draft.method(), report.describe());
      return new Result(Optional.empty(), report);
    }
    StorySummary summary;
    try {
      summary = CitationNumberer.number(story, draft, articles, SourceDescriptions.of(articles, draft), now, previous);
    } catch (IllegalArgumentException e) {
      LOG.debug("story {} v{}: summary cannot be numbered: {}", story.id(), story.version(), e.getMessage());
      return failed(e.getMessage());
    }
    IntegrityReport numbered = IntegrityCheck.check(summary, articles);
    if (!numbered.passed()) {
      LOG.debug("story {} v{}: numbered summary failed the integrity check: {}", story.id(), story.version(),
          numbered.describe());
      return new Result(Optional.empty(), numbered);
    }
    return new Result(Optional.of(summary), numbered);
  }

  private static Result failed(String why) {
    return new Result(Optional.empty(), new IntegrityReport(0, 0, 0, 0, 0, List.of(why)));
  }
}
