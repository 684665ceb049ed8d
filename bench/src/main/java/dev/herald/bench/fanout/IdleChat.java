package dev.herald.bench.fanout;

import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSettings;
import dev.herald.chat.ScheduleListener;
import dev.herald.model.Channel;
import dev.herald.stories.Lookup;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The chat service an adapter needs to be built, for benchmarks that only publish: no stories, no schedules. */
final class IdleChat {
  private IdleChat() {}

  static ChatService over(Stores stores) {
    return ChatService.builder()
        .stores(stores)
        .settings(new ChatSettings(ZoneId.of("UTC"), LocalTime.of(8, 0), 5, Duration.ofHours(24)))
        .finder((query, zone, limit, include) -> new Lookup(query, "today", List.of(), 0))
        .ranker((candidates, now) -> candidates)
        .topics(TreeSet::new)
        .schedules(new ScheduleListener() {
          @Override
          public void scheduleChanged(Channel c) {}

          @Override
          public Optional<Instant> nextBriefing(Channel c) {
            return Optional.empty();
          }
        })
        .clock(Clock.systemUTC())
        .build();
  }
}
