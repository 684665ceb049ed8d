package dev.herald.runtime;

import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.digest.BriefingSelector;
import dev.herald.model.FeedSource;
import dev.herald.pipeline.FeedPoller;
import dev.herald.pipeline.Pipeline;
import dev.herald.store.Database;
import dev.herald.store.OutboxStores;
import dev.herald.store.FeedStores;
import dev.herald.store.Stores;
import dev.herald.testing.FakeRanker;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** Delivery over a pipeline, polled as the composition root wires it ({@code Herald.start}), for the runtime tests. */
final class TestService {
  private TestService() {}

  static DeliveryEngine engine(Database db, Stores stores, Pipeline pipeline, Supplier<List<FeedSource>> feeds,
      DeliverySettings settings, Clock clock) {
    FeedPoller poller = new FeedPoller(feeds, pipeline, FeedStores.sql(db, clock).health(), clock);
    return DeliveryEngine.builder()
        .stores(stores)
        .deliveryStores(OutboxStores.sql(db, clock))
        .database(db)
        .briefings(new BriefingSelector(stores, new FakeRanker()))
        .feeds(feeds)
        .polls(feedIds -> poller.tick(feedIds).map(ServicePorts::outcome))
        .settings(settings)
        .clock(clock)
        .owner("test-instance")
        .build();
  }
}
