package dev.herald.stories;

import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.store.ArticleStore;
import dev.herald.store.StorySearchStore;
import dev.herald.store.StoryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The production {@link StoryTracker}: a {@link StoryClusterer} whose decisions are stored through {@link StoryStore}
 * (create, add, merge), kept searchable through {@link StorySearchStore}, and tagged by a {@link TopicTagger}.
 *
 * <p>A syndicated copy ({@link Article#nearDuplicateOf()} naming a stored article) joins its original's story. A story
 * that becomes similar enough to another live story is merged into the older one (the lower id, since ids grow). The
 * in-memory index holds only stories with an article inside the window (and its grace); call {@link #rebuild()} once at start-up to
 * load them from the store. Each article must already be saved in the {@link ArticleStore}. Not thread-safe: the
 * caller serialises {@link #track} (as {@link StoryTracker} requires).
 *
 * <p>Stories an article links without merging them ({@link StoryClusterer#related}) are stored as related, for the
 * "Related:" line of cards, source lists and lookups.
 */
public final class OnlineStoryTracker implements StoryTracker {
  /** Words of an article's text kept in the story's search document. */
  static final int SEARCH_LEAD_WORDS = 80;

  private final StoryStore stories;
  private final ArticleStore articles;
  private final StorySearchStore search;
  private final TopicTagger tagger;
  private final ClusterSettings settings;
  private final Clock clock;
  private StoryClusterer clusterer;

  public OnlineStoryTracker(StoryStore stories, ArticleStore articles, StorySearchStore search, TopicTagger tagger,
      ClusterSettings settings, Clock clock) {
    this.stories = Objects.requireNonNull(stories, "stories == null");
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.search = Objects.requireNonNull(search, "search == null");
    this.tagger = Objects.requireNonNull(tagger, "tagger == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.clusterer = new StoryClusterer(settings);
  }

  /**
   * Loads the live stories (newest article within {@link ClusterSettings#retention()} before now: the window and its
   * grace) and their articles into a new index, replacing what it held.
   *
   * @return how many stories were loaded
   */
  public int rebuild() {
    clusterer = new StoryClusterer(settings);
    List<Story> live = stories.activeSince(clock.instant().minus(settings.retention()));
    live = live.stream().sorted(Comparator.comparing(Story::newestArticleAt).thenComparing(Story::id)).toList();
    for (Story s : live) {
      List<Article> members = articles.findAll(stories.articleIds(s.id())).stream()
          .sorted(Comparator.comparing(Article::published).thenComparing(Article::id))
          .toList();
      for (Article a : members) clusterer.restore(s.id(), a);
    }
    return live.size();
  }

  @Override
  public int reload() {
    return rebuild();
  }

  @Override
  public StoryUpdate track(Article article) {
    Objects.requireNonNull(article, "article == null");
    Optional<Long> known = stories.storyOf(article.id());
    if (known.isPresent()) {
      return new StoryUpdate(stories.find(stories.resolve(known.get())).orElseThrow(), false);
    }
    Instant now = clock.instant();
    StoryClusterer.Placement p = clusterer.place(article, now);
    OptionalLong original = originalStory(article);
    long id;
    boolean created = false;
    if (original.isPresent() || p.story().isPresent()) {
      id = original.isPresent() ? original.getAsLong() : p.story().getAsLong();
      stories.addArticle(id, article, now);
      clusterer.join(id, p);
    } else {
      id = stories.create(article, headline(article), now).id();
      clusterer.start(id, p);
      created = true;
    }
    search.append(id, article.title(), lead(article));
    retag(id, article);
    OptionalLong other = clusterer.mergeCandidate(id, p);
    while (other.isPresent()) {
      long keep = Math.min(id, other.getAsLong());
      long drop = Math.max(id, other.getAsLong());
      stories.merge(keep, drop, now);
      clusterer.merge(keep, drop);
      search.merge(keep, drop);
      created = created && keep == id;
      id = keep;
      other = clusterer.mergeCandidate(id, p);
    }
    for (StoryClusterer.Related r : clusterer.related(id, p)) stories.link(id, r.story(), r.similarity(), now);
    return new StoryUpdate(stories.find(id).orElseThrow(), created);
  }

  /** The live story of the article this one syndicates, if it is stored in one. */
  private OptionalLong originalStory(Article article) {
    if (article.nearDuplicateOf().isEmpty()) return OptionalLong.empty();
    Optional<Long> s = stories.storyOf(article.nearDuplicateOf());
    return s.isPresent() ? OptionalLong.of(stories.resolve(s.get())) : OptionalLong.empty();
  }

  private void retag(long id, Article article) {
    Set<String> tags = tagger.tag(article);
    List<String> current = stories.topics(id);
    if (current.containsAll(tags)) return;
    Set<String> all = new TreeSet<>(current);
    all.addAll(tags);
    stories.setTopics(id, all);
  }

  /** The headline a new story starts with: the article's title, or the first words of its text. */
  static String headline(Article a) {
    if (!a.title().isBlank()) return a.title();
    return firstWords(a.body(), 14);
  }

  static String lead(Article a) {
    return firstWords(a.text().isBlank() ? a.description() : a.text(), SEARCH_LEAD_WORDS);
  }

  private static String firstWords(String text, int n) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= n) return text.strip();
    return java.util.Arrays.stream(words).limit(n).collect(Collectors.joining(" ")) + " …";
  }

  /** Live stories in the index, for monitoring. */
  public int liveStories() {
    return clusterer.liveStories();
  }
}
