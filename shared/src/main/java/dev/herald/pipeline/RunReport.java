package dev.herald.pipeline;

import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.FullTextReport;
import dev.herald.model.StorySummary;
import dev.herald.render.Phrases;
import dev.herald.stories.StoryUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one pipeline run did.
 *
 * @param updates every story change, in the order articles were filed
 * @param alertable stories changed by at least one alertable article (not from a feed's first fetch, not too old)
 * @param summaries summaries written and stored in this run
 * @param unsummarised stories whose summary failed the integrity check (the previous summary stays)
 * @param pages what reading article pages did in this run
 */
public record RunReport(
    Instant startedAt,
    Instant finishedAt,
    List<IngestReport> feeds,
    List<StoryUpdate> updates,
    Set<Long> alertable,
    List<StorySummary> summaries,
    Set<Long> unsummarised,
    FullTextReport pages) {

  public RunReport {
    feeds = List.copyOf(feeds);
    updates = List.copyOf(updates);
    alertable = Set.copyOf(alertable);
    summaries = List.copyOf(summaries);
    unsummarised = Set.copyOf(unsummarised);
    java.util.Objects.requireNonNull(pages, "pages == null");
  }

  /** A run that read no article page. */
  public RunReport(Instant startedAt, Instant finishedAt, List<IngestReport> feeds, List<StoryUpdate> updates,
      Set<Long> alertable, List<StorySummary> summaries, Set<Long> unsummarised) {
    this(startedAt, finishedAt, feeds, updates, alertable, summaries, unsummarised, FullTextReport.NONE);
  }

  public int articlesAdded() {
    return feeds.stream().mapToInt(f -> f.added().size()).sum();
  }

  public long feedsFailed() {
    return feeds.stream().filter(f -> f.problem().isPresent()).count();
  }

  /**
   * "6 feeds (0 failed), 33 new articles, 15 stories changed, 15 summaries", then what page reading did when it
   * fetched anything ("; article pages: 8 fetched, 5 used, feed text kept for 3 (1 paywall, ...)").
   */
  public String describe() {
    long stories = updates.stream().map(u -> u.story().id()).distinct().count();
    return Phrases.count(feeds.size(), "feed", "feeds") + " (" + feedsFailed() + " failed), "
        + Phrases.count(articlesAdded(), "new article", "new articles") + ", "
        + Phrases.count((int) stories, "story", "stories") + " changed, "
        + Phrases.count(summaries.size(), "summary", "summaries")
        + (pages.requests() > 0 || pages.waiting() > 0 ? "; article pages: " + pages.describe() : "");
  }
}
