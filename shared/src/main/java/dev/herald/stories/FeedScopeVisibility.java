package dev.herald.stories;

import dev.herald.model.Article;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.ArticleStore;
import dev.herald.store.StoryStore;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

/** {@link StoryVisibility} from the feeds each workspace reads (the instance's feeds and its own). */
public final class FeedScopeVisibility implements StoryVisibility {
  private final StoryStore stories;
  private final ArticleStore articles;
  private final Function<WorkspaceKey, Set<String>> feedsOf;

  /** Visibility without the articles' text: a lookup then never matches a story the workspace reads only in part. */
  public FeedScopeVisibility(StoryStore stories, Function<WorkspaceKey, Set<String>> feedsOf) {
    this(stories, null, feedsOf);
  }

  /** @param feedsOf the ids of the feeds a workspace reads */
  public FeedScopeVisibility(StoryStore stories, ArticleStore articles, Function<WorkspaceKey, Set<String>> feedsOf) {
    this.stories = stories;
    this.articles = articles;
    this.feedsOf = feedsOf;
  }

  @Override
  public boolean visibleTo(WorkspaceKey workspace, long storyId) {
    return !Collections.disjoint(stories.feedIds(storyId), feedsOf.apply(workspace));
  }

  @Override
  public Access access(WorkspaceKey workspace, long storyId) {
    Set<String> reads = feedsOf.apply(workspace);
    Set<String> feeds = stories.feedIds(storyId);
    if (Collections.disjoint(feeds, reads)) return Access.NONE;
    return reads.containsAll(feeds) ? Access.ALL : Access.PARTIAL;
  }

  @Override
  public String readableText(WorkspaceKey workspace, long storyId) {
    if (articles == null) return "";
    Set<String> reads = feedsOf.apply(workspace);
    StringBuilder sb = new StringBuilder();
    for (Article a : articles.findAll(stories.articleIds(storyId))) {
      if (reads.contains(a.feedId())) sb.append(a.title()).append('\n').append(a.description()).append('\n')
          .append(a.text()).append('\n');
    }
    return sb.toString();
  }
}
