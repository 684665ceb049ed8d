package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedScopes;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.StoryStore;
import dev.herald.store.SummaryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link StoryWriter}: loads the story's articles in the order they joined, summarises, checks and
 * numbers them ({@link CheckedSummarizer}) keeping the numbers of the scope's last summary (an article keeps its number
 * for the life of the story), picks the story's picture ({@link StoryImage}), and saves the summary only when it
 * passed. Articles are summarised from the text they hold, the page's article body when full text replaced the
 * feed's teaser, so the integrity check holds the summary to the text actually used.
 *
 * <p>Summaries are written per visibility scope ({@link FeedScopes}): the instance's covers only articles from
 * instance feeds; each workspace with articles of its own feeds in the story gets one covering the instance's
 * articles and its own, so no workspace ever reads another's private articles. A story from instance feeds alone
 * (the common case) gets exactly one summary, as before. A scope whose articles did not change since its last summary
 * is not written again, so a story growing only in one workspace's feed changes nothing another workspace sees.
 * Thread-safe if the stores and the summarizer are.
 */
public final class CheckedStoryWriter implements StoryWriter {
  private static final Logger LOG = LoggerFactory.getLogger(CheckedStoryWriter.class);

  private final StoryStore stories;
  private final ArticleStore articles;
  private final SummaryStore summaries;
  private final CheckedSummarizer summarizer;
  private final Clock clock;
  private final FeedScopes scopes;
  /** Null when pages are never read: then pictures come from feed thumbnails only. */
  private final ArticleTextStore texts;

  /** A writer for a Herald whose feeds are all the instance's and whose article pages are never read. */
  public CheckedStoryWriter(
      StoryStore stories, ArticleStore articles, SummaryStore summaries, CheckedSummarizer summarizer, Clock clock) {
    this(stories, articles, summaries, summarizer, clock, null);
  }

  /**
   * A writer that also knows what the articles' pages said, for the story's picture; every feed the instance's.
   *
   * @param texts null when article pages are never read
   */
  public CheckedStoryWriter(StoryStore stories, ArticleStore articles, SummaryStore summaries,
      CheckedSummarizer summarizer, Clock clock, ArticleTextStore texts) {
    this(stories, articles, summaries, summarizer, clock, texts, FeedScopes.INSTANCE_ONLY);
  }

  /**
   * @param texts null when article pages are never read
   * @param scopes who may read each feed's articles
   */
  public CheckedStoryWriter(StoryStore stories, ArticleStore articles, SummaryStore summaries,
      CheckedSummarizer summarizer, Clock clock, ArticleTextStore texts, FeedScopes scopes) {
    this.texts = texts;
    this.stories = Objects.requireNonNull(stories, "stories == null");
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.summaries = Objects.requireNonNull(summaries, "summaries == null");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.scopes = Objects.requireNonNull(scopes, "scopes == null");
  }

  /**
   * Writes every scope's summary that changed. Returns the instance's summary when there is one (else the first
   * workspace's), the one written now or, when nothing a reader sees changed, the latest; empty when a summary that
   * had to be written failed its check.
   */
  @Override
  public Optional<StorySummary> write(Story story) {
    return write(story, Set.of());
  }

  /** As {@link #write(Story)}; a scope covering an article of {@code textsChanged} is written again. */
  @Override
  public Optional<StorySummary> write(Story story, Set<String> textsChanged) {
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
    Map<FeedScope, List<Article>> byScope = readable(ordered);
    Optional<StorySummary> first = Optional.empty();
    boolean failed = false;
    for (Map.Entry<FeedScope, List<Article>> e : byScope.entrySet()) {
      Optional<StorySummary> s = write(story, e.getKey(), e.getValue(), found, textsChanged);
      if (s.isEmpty()) failed = true;
      if (first.isEmpty()) first = s;
    }
    return failed && first.isEmpty() ? Optional.empty() : first;
  }

  /**
   * The articles each scope may read, in join order: the instance's scope first (when it has articles), then each
   * workspace with articles of its own, with the instance's articles and its own.
   */
  private Map<FeedScope, List<Article>> readable(List<Article> ordered) {
    FeedScopes now = scopes.snapshot();
    List<Article> shared = new ArrayList<>();
    Set<WorkspaceKey> owners = new HashSet<>();
    Map<String, Optional<FeedScope>> of = new java.util.HashMap<>();
    for (Article a : ordered) {
      Optional<FeedScope> scope = of.computeIfAbsent(a.feedId(), now::of);
      if (scope.isEmpty()) continue;
      if (scope.get().isInstance()) shared.add(a);
      else owners.add(scope.get().workspace().orElseThrow());
    }
    Map<FeedScope, List<Article>> out = new LinkedHashMap<>();
    if (!shared.isEmpty()) out.put(FeedScope.INSTANCE, shared);
    for (WorkspaceKey w : owners.stream().sorted(java.util.Comparator.comparing(WorkspaceKey::toString)).toList()) {
      List<Article> mine = new ArrayList<>();
      for (Article a : ordered) {
        Optional<FeedScope> scope = of.get(a.feedId());
        if (scope.isPresent() && scope.get().visibleTo(w)) mine.add(a);
      }
      out.put(FeedScope.of(w), mine);
    }
    return out;
  }

  private Optional<StorySummary> write(Story story, FeedScope scope, List<Article> readable,
      Map<String, Article> found, Set<String> textsChanged) {
    Optional<StorySummary> last = summaries.latestOf(story.id(), scope);
    if (last.isPresent() && last.get().storyVersion() < story.version() && sameArticles(last.get(), readable)
        && readable.stream().noneMatch(a -> textsChanged.contains(a.id()))) {
      return last; // this scope's readers see nothing new: no new version for them
    }
    List<String> ids = readable.stream().map(Article::id).toList();
    // a living story keeps the numbers its readers have seen
    Map<String, Integer> previous = last.map(StorySummary::numbers).orElse(Map.of());
    Optional<StorySummary> summary = summarizer.summarize(story, readable, clock.instant(), previous).summary()
        .map(s -> s.withImage(StoryImage.pick(s.sources(), found, texts == null ? Map.of() : texts.findAll(ids))));
    summary.ifPresent(s -> summaries.save(s, scope));
    if (summary.isEmpty() && !scope.isInstance()) {
      LOG.info("story {} v{}: the summary for {} failed its check", story.id(), story.version(), scope.key());
    }
    return summary;
  }

  private static boolean sameArticles(StorySummary summary, List<Article> readable) {
    Set<String> cited = summary.sources().stream().map(Source::articleId).collect(Collectors.toSet());
    return cited.equals(readable.stream().map(Article::id).collect(Collectors.toSet()));
  }
}
