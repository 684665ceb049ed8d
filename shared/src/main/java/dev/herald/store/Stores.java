package dev.herald.store;

import java.time.Clock;
import java.util.Objects;

/** Every store of one database, built together. */
public record Stores(
    ArticleStore articles,
    StoryStore stories,
    SummaryStore summaries,
    ChannelStore channels,
    BriefingStore briefings) {

  public Stores {
    Objects.requireNonNull(articles, "articles == null");
    Objects.requireNonNull(stories, "stories == null");
    Objects.requireNonNull(summaries, "summaries == null");
    Objects.requireNonNull(channels, "channels == null");
    Objects.requireNonNull(briefings, "briefings == null");
  }

  /** The SQL stores over {@code db}; {@code clock} stamps the rows they write. */
  public static Stores sql(Database db, Clock clock) {
    return new Stores(
        new SqlArticleStore(db, clock),
        new SqlStoryStore(db),
        new SqlSummaryStore(db),
        new SqlChannelStore(db, clock),
        new SqlBriefingStore(db, clock));
  }
}
