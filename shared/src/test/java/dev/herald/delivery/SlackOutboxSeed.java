package dev.herald.delivery;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.store.OutboxEntry;
import dev.herald.store.Stores;
import dev.herald.testing.StoryFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the two-instance outbox tests start from: three stories and twelve Slack channels in the shared database, and
 * briefing posts of those stories (story 0 carries the "Daily briefing" banner), made at the clock's time.
 */
final class SlackOutboxSeed {
  final List<ChannelKey> channels = new ArrayList<>();
  private final List<StorySummary> stories = new ArrayList<>();
  private final Clock clock;

  SlackOutboxSeed(Stores setup, Clock clock, Instant storiesAt) {
    this.clock = clock;
    for (String title : List.of("Rail strike", "Port reopens", "Bridge closed")) {
      stories.add(StoryFixture.add(setup, title, List.of("Harbor Times", "Techline"), List.of("What happened"),
          storiesAt));
    }
    for (int i = 1; i <= 12; i++) {
      ChannelKey key = ChannelKey.of(Platform.SLACK, "T1", "C" + i);
      channels.add(key);
      setup.channels().save(Channel.of(key, ZoneOffset.UTC));
    }
  }

  OutboxEntry post(ChannelKey channel, int story) {
    StorySummary s = stories.get(story);
    return OutboxEntry.post(channel, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
        story == 0 ? Optional.of("Daily briefing") : Optional.empty(), clock.instant());
  }
}
