package dev.herald.runtime;

import dev.herald.chat.DeliveryAdmin;
import dev.herald.chat.ScheduleListener;
import dev.herald.chat.StatusSection;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.RunOutcome;
import dev.herald.model.Channel;
import dev.herald.model.StorySummary;
import dev.herald.pipeline.RunReport;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the running service's parts meet without importing each other: a pipeline run's report as the {@link
 * RunOutcome} delivery acts on, and delivery's engine as the ports chat asks ({@code /herald schedule}, {@code /herald
 * retry}, {@code /herald status}). The composition root wires with these:
 *
 * <pre>{@code
 * FeedPoller poller = new FeedPoller(feeds, pipeline, feedHealth, clock);
 * DeliveryEngine engine = DeliveryEngine.builder()...polls(ids -> poller.tick(ids).map(ServicePorts::outcome)).build();
 * ChatService.Builder chat = ChatService.builder()...schedules(ServicePorts.schedules(engine))
 *     .delivery(ServicePorts.admin(engine));
 * ServicePorts.statusSections(engine).forEach(chat::status);
 * }</pre>
 */
public final class ServicePorts {
  private ServicePorts() {}

  /** What delivery needs from a pipeline run. */
  public static RunOutcome outcome(RunReport report) {
    Set<Long> summarised = new HashSet<>();
    for (StorySummary s : report.summaries()) summarised.add(s.storyId());
    return new RunOutcome(report.feeds(), report.alertable(), summarised);
  }

  /** For {@code ChatService.Builder.schedules}: follows {@code /herald schedule} changes. */
  public static ScheduleListener schedules(DeliveryEngine engine) {
    return new ScheduleListener() {
      @Override
      public void scheduleChanged(Channel channel) {
        engine.scheduleChanged(channel);
      }

      @Override
      public Optional<Instant> nextBriefing(Channel channel) {
        return engine.nextBriefing(channel);
      }
    };
  }

  /** For {@code ChatService.Builder.delivery}: {@code /herald retry}. */
  public static DeliveryAdmin admin(DeliveryEngine engine) {
    return engine::retry;
  }

  /** For {@code ChatService.Builder.status}: the next briefing, deliveries (in that order; feeds are the chat's). */
  public static List<StatusSection> statusSections(DeliveryEngine engine) {
    return List.of(engine::briefingStatus, engine::deliveryStatus);
  }
}
