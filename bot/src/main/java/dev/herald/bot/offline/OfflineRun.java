package dev.herald.bot.offline;

import dev.herald.bot.Herald;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.model.Briefing;
import dev.herald.model.Channel;
import dev.herald.model.FeedSource;
import dev.herald.pipeline.RunReport;
import dev.herald.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline over local feed files with the clock fixed at {@link FeedClock#asOf}: ingest, cluster, summarise,
 * then the channel's briefing of the last {@code briefing.window_hours}. No secrets, no network.
 */
public final class OfflineRun implements AutoCloseable {
  private final Herald herald;
  public final Instant asOf;
  public final RunReport report;

  private OfflineRun(Herald herald, Instant asOf, RunReport report) {
    this.herald = herald;
    this.asOf = asOf;
    this.report = report;
  }

  /** Runs the pipeline on {@code feeds} into {@code db}, which the run then owns. */
  public static OfflineRun start(HeraldConfig config, Database db, List<FeedSource> feeds, String version) {
    Instant asOf = FeedClock.asOf(feeds);
    Herald herald = Herald.assemble(config, new Secrets(Map.of()), Clock.fixed(asOf, ZoneOffset.UTC), db,
        () -> feeds, version);
    try {
      return new OfflineRun(herald, asOf, herald.run(feeds));
    } catch (RuntimeException e) {
      herald.close();
      throw e;
    }
  }

  /** The briefing {@code channel} gets now: stories of the last window it has not seen, best first. */
  public Briefing briefing(Channel channel) {
    return herald.briefing(channel, asOf);
  }

  /** The Herald instance the run filled: its stores, chat service and settings. */
  public Herald herald() {
    return herald;
  }

  @Override
  public void close() {
    herald.close();
  }
}
