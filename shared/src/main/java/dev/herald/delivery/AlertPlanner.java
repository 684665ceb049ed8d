package dev.herald.delivery;

import dev.herald.model.AlertRecord;
import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides topic alerts after a pipeline run. A channel subscribed to one of a story's topics is alerted when the
 * story first qualifies for it (at least {@code newStoryMinOutlets} outlets) or, once the channel was told about it
 * (an alert, or the story in its briefing), when it has grown by {@code growthOutlets} outlets since; smaller changes
 * reach the channel as edits of the message it has (see {@link LivingStories}). Only alertable stories count (a new feed's first fetch never alerts), a
 * channel hears about a story only when one of the story's feeds is visible to its workspace (outlets counted among
 * the articles its workspace reads, the alert showing its workspace's summary), and each channel gets
 * at most one alert per cooldown and {@code dailyCap} per local day; what those hold back waits for the briefing.
 */
final class AlertPlanner {
  private static final Logger log = LoggerFactory.getLogger(AlertPlanner.class);

  private final Stores stores;
  private final OutboxStores delivery;
  private final Supplier<List<FeedSource>> feeds;
  private final Predicate<Platform> deliverable;
  private final DeliverySettings.Alerts settings;
  private final Clock clock;

  AlertPlanner(Stores stores, OutboxStores delivery, Supplier<List<FeedSource>> feeds,
      Predicate<Platform> deliverable, DeliverySettings.Alerts settings, Clock clock) {
    this.stores = stores;
    this.delivery = delivery;
    this.feeds = feeds;
    this.deliverable = deliverable;
    this.settings = settings;
    this.clock = clock;
  }

  /** Enqueues the alerts {@code alertable} stories call for; returns how many. */
  int plan(Set<Long> alertable) {
    if (alertable.isEmpty()) return 0;
    Map<String, FeedSource> feedsById = new HashMap<>();
    for (FeedSource f : feeds.get()) feedsById.put(f.id(), f);
    int enqueued = 0;
    for (long id : new java.util.TreeSet<>(alertable)) {
      long storyId = stores.stories().resolve(id);
      Optional<Story> story = stores.stories().find(storyId);
      if (story.isEmpty()) continue;
      List<Article> articles = stores.articles().findAll(stores.stories().articleIds(storyId));
      for (Map.Entry<ChannelKey, String> e : subscribers(storyId).entrySet()) {
        // each workspace is told about what it may read: its own summary, and the outlets of its readable articles
        Optional<StorySummary> summary = stores.summaries().latest(storyId, e.getKey().workspace());
        if (summary.isEmpty()) continue;
        int outlets = readableOutlets(e.getKey(), articles, feedsById);
        if (outlets > 0 && alert(e.getKey(), e.getValue(), story.get(), summary.get(), outlets)) enqueued++;
      }
    }
    return enqueued;
  }

  /** Each subscribed channel with the first of the story's topics it subscribed to. */
  private Map<ChannelKey, String> subscribers(long storyId) {
    Map<ChannelKey, String> out = new LinkedHashMap<>();
    for (String topic : stores.stories().topics(storyId)) {
      for (Subscription s : stores.channels().subscribers(topic)) out.putIfAbsent(s.channel(), topic);
    }
    return out;
  }

  private boolean alert(ChannelKey channel, String topic, Story story, StorySummary summary, int outlets) {
    if (!deliverable.test(channel.platform())) return false;
    if (delivery.outbox().pause(channel).isPresent()) return false;
    OptionalInt told = toldOutlets(channel, story.id());
    boolean growth = told.isPresent();
    if (growth ? outlets < told.getAsInt() + settings.growthOutlets() : outlets < settings.newStoryMinOutlets()) {
      return false;
    }
    if (delivery.outbox().seen(channel, story.id(), summary.storyVersion())) return false;
    Instant now = clock.instant();
    Optional<Channel> ch = stores.channels().find(channel);
    if (ch.isEmpty()) return false;
    if (held(channel, ch.get(), now)) {
      log.info("alert for story {} in {} held back by the cooldown or daily cap", story.id(), channel);
      return false;
    }
    String banner = growth
        ? "Growing on " + topic + ": now " + outlets + " outlets"
        : "New on " + topic;
    OutboxEntry entry = OutboxEntry.post(channel, DeliveryKind.ALERT, story.id(), summary.storyVersion(),
        Optional.of(banner), now);
    return delivery.outbox().enqueueAlert(entry,
        new AlertRecord(channel, story.id(), summary.storyVersion(), outlets, topic, growth, now));
  }

  /**
   * How many outlets the story had when the channel was last told about it in a message of its own: its last alert,
   * or the briefing (or alert) post that carried it. A story the channel got in its briefing is no "new story" there:
   * it alerts again only once it grew by {@code growthOutlets} since. Empty when the channel never got the story.
   */
  private OptionalInt toldOutlets(ChannelKey channel, long storyId) {
    OptionalInt best = delivery.history().lastAlert(channel, storyId)
        .map(a -> OptionalInt.of(a.outlets())).orElse(OptionalInt.empty());
    OptionalInt version = delivery.outbox().toldVersion(channel, storyId);
    if (version.isPresent()) {
      Optional<StorySummary> shown = stores.summaries().find(storyId, version.getAsInt(), channel.workspace());
      int outlets = shown.map(s -> (int) s.sources().stream().map(Source::outlet).distinct().count()).orElse(1);
      if (best.isEmpty() || outlets > best.getAsInt()) best = OptionalInt.of(outlets);
    }
    return best;
  }

  private boolean held(ChannelKey key, Channel channel, Instant now) {
    Optional<Instant> last = delivery.history().lastAlertAt(key);
    if (last.isPresent() && last.get().plus(settings.cooldown()).isAfter(now)) return true;
    Instant dayStart = LocalDate.ofInstant(now, channel.zone()).atStartOfDay(channel.zone()).toInstant();
    return delivery.history().alertsSince(key, dayStart) >= settings.dailyCap();
  }

  /** The distinct outlets among the story's articles from feeds the channel's workspace reads; 0: none. */
  private static int readableOutlets(ChannelKey channel, List<Article> articles, Map<String, FeedSource> feedsById) {
    java.util.Set<String> outlets = new java.util.HashSet<>();
    for (Article a : articles) {
      FeedSource f = feedsById.get(a.feedId());
      // an article from a feed no longer configured was read under the instance's feeds or a removed one: only
      // instance feeds are shared, so treat unknown feeds as private
      if (f != null && f.scope().visibleTo(channel.workspace())) outlets.add(a.outlet());
    }
    return outlets.size();
  }
}
