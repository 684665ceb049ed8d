package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.StoryStore;
import dev.herald.store.SummaryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link StoryWriter}: loads the story's articles in the order they joined, summarises, checks and
 * numbers them ({@link CheckedSummarizer}) keeping the numbers of the story's last summary, picks the story's
 * picture ({@link StoryImage}), and saves the summary only when it passed. Articles are summarised from the text they
 * hold, the page's article body when full text replaced the feed's teaser, so the integrity check holds the summary to
 * the text actually used. Thread-safe if the stores and the summarizer are.
 */
public final class CheckedStoryWriter implements StoryWriter {
  private static final Logger LOG = LoggerFactory.getLogger(CheckedStoryWriter.class);

  private final StoryStore stories;
  private final ArticleStore articles;
  private final SummaryStore summaries;
  private final CheckedSummarizer summarizer;
  private final Clock clock;
  /** Null when pages are never read: then pictures come from feed thumbnails only. */
  private final ArticleTextStore texts;

  public CheckedStoryWriter(
      StoryStore stories, ArticleStore articles, SummaryStore summaries, CheckedSummarizer summarizer, Clock clock) {
    this(stories, articles, summaries, summarizer, clock, null);
  }

  /**
   * A writer that also knows what the articles' pages said, for the story's picture.
   *
   * @param texts null when article pages are never read
   */
  public CheckedStoryWriter(StoryStore stories, ArticleStore articles, SummaryStore summaries,
      CheckedSummarizer summarizer, Clock clock, ArticleTextStore texts) {
    this.texts = texts;
    this.stories = Objects.requireNonNull(stories, "stories == null");
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.summaries = Objects.requireNonNull(summaries, "summaries == null");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Optional<StorySummary> write(Story story) {
    List<String> ids = stories.articleIds(story.id());
    Map<String, Article> found = articles.findAll(ids).stream()
        .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    List<Article> ordered = new ArrayList<>();
    for (String id : ids) {
      Article a = found.get(id);
      if (a != null) ordered.add(a);
    }
    if (ordered.isEmpty()) {
      LOG.debug("story {} v{}: no articles found, nothing to summarise", story.id(), story.version());
      return Optional.empty();
    }
    // a living story keeps the numbers its readers have seen
    Map<String, Integer> previous = summaries.latest(story.id())
        .map(StorySummary::numbers)
        .orElse(Map.of());
    Optional<StorySummary> summary = summarizer.summarize(story, ordered, clock.instant(), previous).summary()
        .map(s -> s.withImage(StoryImage.pick(s.sources(), found, texts == null ? Map.of() : texts.findAll(ids))));
    summary.ifPresent(summaries::save);
    return summary;
  }
}
