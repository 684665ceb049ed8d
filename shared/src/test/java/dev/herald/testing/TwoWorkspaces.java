package dev.herald.testing;

import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.digest.CheckedStoryWriter;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.feeds.FeedRegistry;
import dev.herald.model.Article;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.Story;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.StorySearchStore;
import dev.herald.store.Stores;
import dev.herald.stories.ArchiveStoryFinder;
import dev.herald.stories.CoverageStoryRanker;
import dev.herald.stories.FeedScopeVisibility;
import dev.herald.stories.StoryVisibility;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Two workspaces and one shared event: an instance feed (Wire, read by everyone) and workspace Acme's own private
 * feed both report a port strike, and the two articles form one story. Acme's article holds {@link #SECRET}, which
 * workspace Globex must never see, in any answer. Articles are filed as the tracker files them (story, search text,
 * topics); summaries are written by the production writer.
 */
public final class TwoWorkspaces implements AutoCloseable {
  public static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
  /** A word only Acme's private feed carries. */
  public static final String SECRET = "Zephyrcode";
  public static final WorkspaceKey ACME = new WorkspaceKey(Platform.SLACK, "TACME");
  public static final WorkspaceKey GLOBEX = new WorkspaceKey(Platform.SLACK, "TGLOBEX");
  public static final ChannelKey ACME_CHANNEL = ChannelKey.of(Platform.SLACK, "TACME", "C1");
  public static final ChannelKey GLOBEX_CHANNEL = ChannelKey.of(Platform.SLACK, "TGLOBEX", "C1");
  public static final FeedSource WIRE = FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"),
      List.of("shipping"));
  public static final FeedSource ACME_FEED = new FeedSource("w-acme", "Acme Internal",
      URI.create("https://intranet.acme.example/rss"), List.of("shipping"), FeedScope.of(ACME),
      FeedSource.DEFAULT_POLL_INTERVAL);

  public final MutableClock clock = new MutableClock(T);
  public final Database db;
  public final Stores stores;
  public final FeedStores feedStores;
  public final StorySearchStore search;
  public final FeedRegistry registry;
  public final StoryVisibility visibility;
  public final CheckedStoryWriter writer;
  public Story story;

  /** On a private in-memory SQLite database. */
  public TwoWorkspaces() {
    this(Database.inMemory());
  }

  /** On the given new, migrated, empty database (closed by {@link #close()}). */
  public TwoWorkspaces(Database db) {
    this.db = db;
    stores = Stores.sql(db, clock);
    feedStores = FeedStores.sql(db, clock);
    search = StorySearchStore.sql(db);
    registry = new FeedRegistry(() -> List.of(WIRE), feedStores.feeds(), feedStores.health(), false);
    visibility = new FeedScopeVisibility(stores.stories(), stores.articles(),
        w -> registry.visibleTo(w).stream().map(FeedSource::id).collect(Collectors.toSet()));
    feedStores.feeds().add(ACME_FEED);
    writer = new CheckedStoryWriter(stores.stories(), stores.articles(), stores.summaries(),
        new CheckedSummarizer(new ExtractiveSummarizer(), 140), clock, null, registry.scopes());
    Article wire = article("wire-1", WIRE, "Wire", "Dock workers strike halts shipping at Port Estenburg",
        "Dock workers at Port Estenburg walked out on Friday, halting container shipping at the country's largest"
            + " port, the union said. The strike began at dawn after talks on pay broke down overnight.");
    stores.articles().save(wire, wire.id());
    story = stores.stories().create(wire, wire.title(), T);
    file(wire);
    writer.write(story);
  }

  /** Acme's private article about the same strike joins the story; returns it after the writer ran. */
  public Story acmeReports(String id, String outlet) {
    Article a = article(id, ACME_FEED, outlet, "Port Estenburg strike: our shipments delayed, " + SECRET + " plan",
        "Dock workers at Port Estenburg walked out on Friday, halting container shipping. Acme's " + SECRET
            + " contingency plan moves our containers to rail, the logistics team said in an internal note.");
    stores.articles().save(a, a.id());
    story = stores.stories().addArticle(story.id(), a, clock.instant());
    file(a);
    writer.write(story);
    return story;
  }

  /** Another outlet on the instance's wire reports the strike. */
  public Story wireReports(String id, String outlet) {
    Article a = article(id, WIRE, outlet, "Port Estenburg strike enters second day",
        "Dock workers at Port Estenburg stayed out for a second day on Saturday, the union said, as ships queued"
            + " outside the harbour.");
    stores.articles().save(a, a.id());
    story = stores.stories().addArticle(story.id(), a, clock.instant());
    file(a);
    writer.write(story);
    return story;
  }

  private void file(Article a) {
    search.append(story.id(), story.title(), a.title() + "\n" + a.description());
    stores.stories().setTopics(story.id(), List.of("shipping"));
  }

  private Article article(String id, FeedSource feed, String outlet, String title, String text) {
    return new Article(id, feed.id(), outlet, title, "https://" + feed.id() + ".example/" + id,
        "https://" + feed.id() + ".example/" + id, id, clock.instant(), false, clock.instant(), text, text, "", "");
  }

  /** The chat service every platform answers from, with the real finder over the search index. */
  public ChatService chat() {
    CoverageStoryRanker ranker = new CoverageStoryRanker();
    return ChatService.builder()
        .stores(stores)
        .settings(TestChats.SETTINGS)
        .finder(new ArchiveStoryFinder(stores.stories(), search, ranker, Set.of("shipping"), clock))
        .ranker(ranker)
        .visibility(visibility)
        .topics(() -> new TreeSet<>(List.of("shipping")))
        .schedules(ScheduleListener.NONE)
        .clock(clock)
        .build();
  }

  @Override
  public void close() {
    db.close();
  }
}
