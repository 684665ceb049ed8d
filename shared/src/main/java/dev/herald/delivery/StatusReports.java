package dev.herald.delivery;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.render.InfoView;
import dev.herald.store.BriefingRun;
import dev.herald.store.ChannelPause;
import dev.herald.store.OutboxRow;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The delivery parts of {@code /herald status}: the next briefing, parked deliveries. */
final class StatusReports {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);
  private static final int MAX_LINES = 5;

  private final Stores stores;
  private final OutboxStores delivery;
  private final Function<ChannelKey, Optional<Instant>> nextBriefing;
  private final Function<ChannelKey, Optional<String>> platformHold;
  private final DeliverySettings.Alerts alerts;
  private final Clock clock;

  StatusReports(Stores stores, OutboxStores delivery, Function<ChannelKey, Optional<Instant>> nextBriefing,
      Function<ChannelKey, Optional<String>> platformHold, DeliverySettings.Alerts alerts, Clock clock) {
    this.stores = stores;
    this.delivery = delivery;
    this.nextBriefing = nextBriefing;
    this.platformHold = platformHold;
    this.alerts = alerts;
    this.clock = clock;
  }

  InfoView.Block nextBriefing(ChannelKey key) {
    List<String> lines = new ArrayList<>();
    Optional<Channel> channel = stores.channels().find(key);
    ZoneId zone = zone(key);
    Optional<ChannelPause> pause = delivery.outbox().pause(key);
    pause.ifPresent(p -> lines.add("Paused since " + when(p.pausedAt(), zone) + ": Herald lost access (" + p.reason()
        + "). Give Herald access again, then run /herald retry."));
    if (channel.isEmpty() || channel.get().briefingAt().isEmpty()) {
      lines.add("No daily briefing. Set one with /herald schedule 08:00 " + zone.getId() + ".");
    } else {
      Channel c = channel.get();
      lines.add("Daily at " + c.briefingAt().get() + " " + zone.getId() + ".");
      Optional<Instant> next = nextBriefing.apply(key);
      Instant now = clock.instant();
      next.ifPresent(t -> lines.add(t.isAfter(now)
          ? "Next: " + when(t, zone) + "."
          : "The briefing due " + when(t, zone) + " was missed while Herald was offline; it is being sent now."));
    }
    delivery.history().lastRun(key).ifPresent(r -> lines.add(lastRun(r, zone)));
    return new InfoView.Block("Briefing", lines);
  }

  private static String lastRun(BriefingRun r, ZoneId zone) {
    String what;
    switch (r.outcome()) {
      case SENT:
        what = r.stories() + (r.stories() == 1 ? " story" : " stories");
        break;
      case EMPTY:
        what = "nothing new";
        break;
      default:
        what = "not sent, the channel was paused";
    }
    return "Last: " + when(r.ranAt(), zone) + ", " + what + (r.late() ? ", sent late" : "") + ".";
  }

  InfoView.Block deliveries(ChannelKey key) {
    List<String> lines = new ArrayList<>();
    platformHold.apply(key).ifPresent(h -> lines.add("Sending to " + key.platform().key() + " is held back: " + h));
    List<OutboxRow> parked = delivery.outbox().parked(key);
    int unsent = delivery.outbox().unsent(key);
    if (unsent > 0) lines.add(unsent + (unsent == 1 ? " message" : " messages") + " waiting to be sent.");
    if (parked.isEmpty()) {
      lines.add("Nothing parked.");
    } else {
      lines.add(parked.size() + (parked.size() == 1 ? " delivery" : " deliveries")
          + " parked; /herald retry sends them again:");
      for (OutboxRow r : parked.subList(0, Math.min(parked.size(), MAX_LINES))) {
        lines.add(r.entry().kind().key() + " of story " + r.entry().storyId() + ": " + r.lastError().orElse("parked"));
      }
      if (parked.size() > MAX_LINES) lines.add("and " + (parked.size() - MAX_LINES) + " more");
    }
    ZoneId zone = zone(key);
    Instant dayStart = LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
    int today = delivery.history().alertsSince(key, dayStart);
    if (!stores.channels().subscriptions(key).isEmpty()) {
      lines.add("Topic alerts today: " + today + " of at most " + alerts.dailyCap() + ".");
    }
    return new InfoView.Block("Deliveries", lines);
  }

  private ZoneId zone(ChannelKey key) {
    return stores.channels().find(key).map(Channel::zone).orElse(ZoneId.of("UTC"));
  }

  private static String when(Instant t, ZoneId zone) {
    return WHEN.format(ZonedDateTime.ofInstant(t, zone));
  }
}
