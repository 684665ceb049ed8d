package dev.herald.status;

import dev.herald.chat.StatusSection;
import dev.herald.model.ChannelKey;
import dev.herald.render.InfoView;
import dev.herald.store.InstanceStatusStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The "Instances" block of {@code /herald status} ({@link DeploymentView}), answered by any instance: the reports
 * the live instances wrote ({@link StatusBeacon}), this one's as it stands now, and who holds the pipeline's lease.
 */
public final class DeploymentStatus implements StatusSection {
  private final StatusBeacon self;
  private final InstanceStatusStore store;
  private final Function<Instant, Optional<String>> polling;
  private final Clock clock;

  /** @param polling who holds the pipeline's lease at a time, if anyone */
  public DeploymentStatus(StatusBeacon self, InstanceStatusStore store, Function<Instant, Optional<String>> polling,
      Clock clock) {
    this.self = self;
    this.store = store;
    this.polling = polling;
    this.clock = clock;
  }

  @Override
  public InfoView.Block report(ChannelKey channel) {
    Instant now = clock.instant();
    Map<String, InstanceStatus> live = new TreeMap<>();
    Optional<String> holder;
    try {
      for (InstanceStatusStore.Report r : store.since(now.minus(StatusBeacon.STALE))) {
        live.put(r.instance(), InstanceStatusJson.read(r.report()));
      }
      holder = polling.apply(now);
    } catch (RuntimeException e) {
      InfoView.Block mine = DeploymentView.block(self.instance(), Optional.empty(),
          Map.of(self.instance(), self.collect()), channel, now);
      List<String> lines = new ArrayList<>(mine.lines());
      lines.add("The other instances' reports cannot be read now: " + e.getMessage());
      return new InfoView.Block(mine.heading(), lines);
    }
    live.put(self.instance(), self.collect());
    return DeploymentView.block(self.instance(), holder, live, channel, now);
  }
}
