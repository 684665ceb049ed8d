package dev.herald.bench.fanout;

import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.delivery.Publisher;
import dev.herald.digest.BriefingSelector;
import dev.herald.digest.CitationNumberer;
import dev.herald.digest.DraftSection;
import dev.herald.digest.DraftSentence;
import dev.herald.digest.DraftSummary;
import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's Herald: a database (a SQLite file, or a PostgreSQL database several instances share) with {@code
 * channels} channels of one workspace and a few summarised stories, and a delivery engine over it. {@link
 * #enqueueBriefings} makes every channel's briefing for today; {@link #engine} sends them through a publisher.
 */
public final class FanoutWorld implements AutoCloseable {
  public static final String WORKSPACE_SLACK = "T1";
  public static final String WORKSPACE_DISCORD = "100000000000000001";

  private final Database db;
  private final Stores stores;
  private final OutboxStores delivery;
  private final Platform platform;
  private final Clock clock = Clock.systemUTC();
  private final List<StorySummary> summaries = new ArrayList<>();

  public FanoutWorld(Path file, Platform platform) {
    this(Database.open(file), platform);
  }

  /** {@code database}: a SQLite file, or a {@code jdbc:postgresql:} URL (login from the URL). */
  public static FanoutWorld open(String database, Platform platform) {
    return new FanoutWorld(database.startsWith("jdbc:")
        ? Database.connect(database, Optional.empty(), Optional.empty()) : Database.open(Path.of(database)), platform);
  }

  private FanoutWorld(Database db, Platform platform) {
    this.db = db;
    this.stores = Stores.sql(db, clock);
    this.delivery = OutboxStores.sql(db, clock);
    this.platform = platform;
  }

  public static String workspace(Platform p) {
    return p == Platform.DISCORD ? WORKSPACE_DISCORD : WORKSPACE_SLACK;
  }

  /** Channel ids: Slack-like {@code C0000001} or Discord-like snowflakes. */
  public static String channelId(Platform p, int i) {
    return p == Platform.DISCORD ? Long.toString(200000000000000000L + i) : String.format("C%07d", i);
  }

  /** Warm-up channel ids, outside the measured ones: {@code W0000000} or snowflakes from 300000000000000000. */
  public static String warmUpChannelId(Platform p, int i) {
    return p == Platform.DISCORD ? Long.toString(300000000000000000L + i) : String.format("W%07d", i);
  }

  public List<ChannelKey> channels(int n) {
    List<ChannelKey> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) out.add(ChannelKey.of(platform, workspace(platform), channelId(platform, i)));
    return out;
  }

  /** Warm-up channels {@code from} to {@code from + n - 1}. */
  public List<ChannelKey> warmUpChannels(int from, int n) {
    List<ChannelKey> out = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      out.add(ChannelKey.of(platform, workspace(platform), warmUpChannelId(platform, i)));
    }
    return out;
  }

  /** Creates the channels (a daily briefing at 08:00 UTC each) and {@code stories} stories of 2 to 4 outlets. */
  public void populate(int channels, int stories) {
    addChannels(channels(channels));
    addStories(stories);
  }

  /** Creates {@code stories} stories of 2 to 4 outlets, with their summaries, for a briefing to carry. */
  public void addStories(int stories) {
    addStories(stories, clock.instant().minus(Duration.ofHours(2)));
  }

  /** Creates these channels, each with a daily briefing at 08:00 UTC. */
  public void addChannels(List<ChannelKey> channels) {
    for (ChannelKey c : channels) {
      stores.channels().save(new Channel(c, "#bench", ZoneId.of("UTC"), Optional.of(LocalTime.of(8, 0)), List.of()));
    }
  }

  private void addStories(int stories, Instant t) {
    String[] outlets = {"Harbor Times", "Techline", "Daily Wire", "Metro Courier"};
    for (int s = 1; s <= stories; s++) {
      List<Article> articles = new ArrayList<>();
      for (int o = 0; o < 2 + s % 3; o++) {
        String id = "bench-" + s + "-" + o;
        String feed = outlets[o].toLowerCase().replace(' ', '-');
        Article a = new Article(id, feed, outlets[o], "Story " + s + " as " + outlets[o] + " tells it",
            "https://" + feed + ".example/" + id, "https://" + feed + ".example/" + id, id, t.plusSeconds(s * 60L + o),
            false, t, "Story " + s + " happened, " + outlets[o] + " reports. Officials confirmed it on Tuesday.",
            "Story " + s + " happened, " + outlets[o] + " reports. Officials confirmed it on Tuesday.", "", "");
        stores.articles().save(a, id);
        articles.add(a);
      }
      Story story = stores.stories().create(articles.get(0), "Story " + s, t);
      for (Article a : articles.subList(1, articles.size())) story = stores.stories().addArticle(story.id(), a, t);
      List<String> ids = articles.stream().map(Article::id).toList();
      DraftSummary draft = new DraftSummary("Story " + s + ": what happened", List.of(
          new DraftSection("What happened", List.of(new DraftSentence("Story " + s + " happened on Tuesday.", ids))),
          new DraftSection("Reactions", List.of(new DraftSentence("Officials confirmed it.", ids.subList(0, 1))))),
          "extractive");
      StorySummary summary = CitationNumberer.number(story, draft, articles, Map.of(), t);
      stores.summaries().save(summary);
      summaries.add(summary);
    }
  }

  /**
   * Creates these channels without a daily briefing and puts the briefing's posts for them straight into the outbox,
   * as the briefing job would, without building each channel's briefing, with the heading {@code banner} on each
   * channel's first post; returns how many.
   */
  public int enqueuePosts(List<ChannelKey> channels, String banner) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (ChannelKey c : channels) {
      // a channel without a daily briefing: nothing for the schedule to do
      stores.channels().save(new Channel(c, "#bench", ZoneId.of("UTC"), Optional.empty(), List.of()));
      for (int i = 0; i < summaries.size(); i++) {
        StorySummary s = summaries.get(i);
        entries.add(OutboxEntry.post(c, dev.herald.model.DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
            i == 0 ? Optional.of(banner) : Optional.empty(), clock.instant()));
      }
    }
    return delivery.outbox().enqueue(entries);
  }

  /** A delivery engine over this world; {@code publisher} may be null to only enqueue. */
  public DeliveryEngine engine(Publisher publisher, DeliverySettings settings, String owner) {
    DeliveryEngine.Builder b = DeliveryEngine.builder()
        .stores(stores)
        .deliveryStores(delivery)
        .database(db)
        .briefings(new BriefingSelector(stores, (candidates, now) -> candidates.stream()
            .sorted(Comparator.comparingLong(Story::id)).toList()))
        .feeds(List::of)
        .settings(settings)
        .clock(clock)
        .owner(owner);
    if (publisher != null) b.publisher(publisher);
    return b.build();
  }

  /** Makes every channel's briefing for today's 08:00 occurrence; returns how many messages were enqueued. */
  public int enqueueBriefings(DeliveryEngine engine, int channels) {
    return enqueueBriefings(engine, channels(channels));
  }

  public int enqueueBriefings(DeliveryEngine engine, List<ChannelKey> channels) {
    // due now: yesterday's 08:00 occurrence, run between 07:00 and 08:00, was folded into today's (lateMerge) and
    // enqueued nothing, and bench crash measured nothing for that hour
    Instant due = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    for (ChannelKey c : channels) engine.briefNow(c, due);
    int total = 0;
    for (ChannelKey c : channels) total += delivery.outbox().unsent(c);
    return total;
  }

  /** Messages not yet sent or parked, across the channels. */
  public int unsent(int channels) {
    return unsent(channels(channels));
  }

  public int unsent(List<ChannelKey> channels) {
    int n = 0;
    for (ChannelKey c : channels) n += delivery.outbox().unsent(c);
    return n;
  }

  public int parked(int channels) {
    int n = 0;
    for (ChannelKey c : channels(channels)) n += delivery.outbox().parked(c).size();
    return n;
  }

  /**
   * How many of the platform's messages each instance sent, by its slot: workers named {@code instance-<slot>-<pid>},
   * every process of a slot counted together.
   */
  public Map<Integer, Integer> sentByInstance() {
    Map<Integer, Integer> bySlot = new java.util.TreeMap<>();
    delivery.outbox().sentBy(platform).forEach((owner, n) -> {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("instance-(\\d+)-.*").matcher(owner);
      if (m.matches()) bySlot.merge(Integer.parseInt(m.group(1)), n, Integer::sum);
    });
    return bySlot;
  }

  public OutboxStores delivery() {
    return delivery;
  }

  @Override
  public void close() {
    db.close();
  }

  /** Whether the row with this key was sent (for checks). */
  public boolean sent(OutboxEntry e) {
    return delivery.outbox().find(e.key()).map(r -> r.state() == DeliveryState.SENT).orElse(false);
  }
}
