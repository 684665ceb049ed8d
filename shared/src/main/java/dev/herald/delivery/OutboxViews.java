package dev.herald.delivery;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.RelatedStory;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.render.NoticeView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import dev.herald.render.Views;
import dev.herald.store.OutboxEntry;
import dev.herald.store.PostedMessage;
import dev.herald.store.PostedMessages;
import dev.herald.store.Stores;
import dev.herald.store.StoryVersion;
import dev.herald.stories.RelatedStories;
import dev.herald.stories.StoryVisibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the view an outbox row sends, from the store, at send time. A post shows exactly the row's version; an
 * update shows the story's latest summary (so that edits waiting on the hourly limit coalesce), keeps the message's
 * banner and says what changed. Either names the related stories the channel's workspace may see, but a daily
 * briefing's card none of the other stories of its briefing.
 */
final class OutboxViews {
  /** What to send and which summarised version it shows. */
  record Rendered(View view, int version) {}

  /**
   * A briefing sends the same story version to every channel: keep recent cards, with the related stories the
   * channel's workspace may see, for a few seconds (a fan-out to 2,000 channels read them 10,000 times).
   */
  private static final long CACHE_NANOS = 5_000_000_000L;
  private static final int CACHE_SIZE = 256;

  private record Key(long storyId, int version, WorkspaceKey reader) {}

  private final Stores stores;
  private final PostedMessages posted;
  private final Map<Key, CardViews> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, CardViews> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  private final RelatedStories related;
  private final StoryVisibility visibility;

  /** Every story visible to every channel. */
  OutboxViews(Stores stores, PostedMessages posted) {
    this(stores, posted, StoryVisibility.ALL);
  }

  OutboxViews(Stores stores, PostedMessages posted, StoryVisibility visibility) {
    this.stores = stores;
    this.posted = posted;
    this.related = new RelatedStories(stores.stories(), stores.summaries());
    this.visibility = visibility;
  }

  /** The related stories the channel's workspace may see. */
  private List<RelatedStory> related(long storyId, OutboxEntry e) {
    return related.of(storyId, visibility, e.channel().workspace());
  }

  /**
   * The card of one story version, naming the related stories the reader may see: from the store, or as built in the
   * last few seconds.
   */
  private Optional<CardViews> load(long storyId, int version, OutboxEntry e) {
    Key key = new Key(storyId, version, e.channel().workspace());
    long now = System.nanoTime();
    synchronized (recent) {
      CardViews c = recent.get(key);
      if (c != null && now - c.at() < CACHE_NANOS) return Optional.of(c);
    }
    Optional<Story> story = stores.stories().find(storyId);
    Optional<StorySummary> summary = stores.summaries().find(storyId, version, key.reader());
    if (story.isEmpty() || summary.isEmpty()) return Optional.empty();
    CardViews c = new CardViews(Views.story(story.get(), summary.get(), related(storyId, e)), now);
    synchronized (recent) {
      recent.put(key, c);
    }
    return Optional.of(c);
  }

  /**
   * A daily briefing's card, posted (or edited) on a message of its own: without the Related links to the other
   * stories of its briefing, which the channel got as the cards around it ({@link StoryView#inBriefingOf}, the rule a
   * briefing shown in one piece follows). The briefing is read from the store, so any instance sending or editing the
   * card after a restart or a takeover finds it; a card without related links needs no read.
   *
   * @param version the summarised version the card was posted at, or the one its message shows now (an edit)
   */
  private StoryView inItsBriefing(StoryView card, ChannelKey channel, int version) {
    return briefingOf(card, channel, version).map(card::inBriefingOf).orElse(card);
  }

  /** The stories of the briefing the card was posted in, when it names related stories (none is read otherwise). */
  private Optional<List<Long>> briefingOf(StoryView card, ChannelKey channel, int version) {
    if (card.related().isEmpty()) return Optional.empty();
    return stores.briefings().ofCard(channel, card.storyId(), version)
        .map(b -> b.stories().stream().map(StoryVersion::storyId).toList());
  }

  /** The view, or empty when the story or its summary is gone (the row is then parked). */
  Optional<Rendered> render(OutboxEntry e) {
    if (e.kind() == DeliveryKind.NOTICE) {
      return Optional.of(new Rendered(NoticeView.info(e.banner().orElseThrow()), e.storyVersion()));
    }
    if (e.kind() != DeliveryKind.UPDATE) {
      Optional<CardViews> c = load(e.storyId(), e.storyVersion(), e);
      if (c.isEmpty()) return Optional.empty();
      StoryView card = c.get().card();
      Optional<List<Long>> briefing = e.kind() == DeliveryKind.BRIEFING
          ? briefingOf(card, e.channel(), e.storyVersion()) : Optional.empty();
      return Optional.of(new Rendered(c.get().shown(briefing, e.banner()), e.storyVersion()));
    }
    Optional<Story> story = stores.stories().find(e.storyId());
    Optional<StorySummary> latest = stores.summaries().latest(e.storyId(), e.channel().workspace());
    if (story.isEmpty() || latest.isEmpty()) return Optional.empty();
    String messageId = e.targetMessage().orElseThrow();
    Optional<PostedMessage> message = posted.postedFor(e.storyId()).stream()
        .filter(p -> p.channel().equals(e.channel()) && p.messageId().equals(messageId)).findFirst();
    Optional<StorySummary> shown = message.flatMap(p -> stores.summaries().find(p.storyId(), p.storyVersion(),
        e.channel().workspace()));
    StoryView view = Views.story(story.get(), latest.get(), related(e.storyId(), e))
        .withChange(ChangeLine.between(shown, latest.get()));
    if (message.isPresent() && message.get().kind() == DeliveryKind.BRIEFING) {
      view = inItsBriefing(view, e.channel(), message.get().storyVersion());
    }
    Optional<String> banner = message.flatMap(PostedMessage::banner);
    if (banner.isPresent()) view = view.withBanner(banner.get());
    return Optional.of(new Rendered(view, latest.get().storyVersion()));
  }
}
