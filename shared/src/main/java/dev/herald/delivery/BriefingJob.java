package dev.herald.delivery;

import dev.herald.digest.BriefingSelector;
import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.store.BriefingRun;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one channel's daily briefing for one occurrence and enqueues it: one message per story, best first, the
 * first carrying the heading (and, when late, the note), or a one-line notice when nothing is new. A story the channel
 * got (or is about to get, in an alert still waiting) at that version is left out. The run, the
 * briefing and the sends are written in one transaction, and a day that already has a run is skipped, so repeating
 * an occurrence (a crash, a revived scheduler execution) never sends twice.
 */
final class BriefingJob {
  private static final Logger log = LoggerFactory.getLogger(BriefingJob.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /**
   * Which attempt at an occurrence a run is, for the note of a late briefing: the schedule's first (late only when no
   * Herald instance was running at its time), or a later one after an earlier attempt did not finish (the instance
   * running it died and another took it over, or it failed and was retried).
   */
  enum Attempt {
    FIRST,
    AGAIN
  }

  /** What a run did. */
  enum Result {
    ENQUEUED,
    EMPTY,
    ALREADY_RAN,
    PAUSED,
    FOLDED_INTO_NEXT,
    NO_BRIEFING
  }

  private final Stores stores;
  private final OutboxStores delivery;
  private final BriefingSelector selector;
  private final DeliverySettings.Briefings settings;
  private final Clock clock;

  BriefingJob(Stores stores, OutboxStores delivery, BriefingSelector selector, DeliverySettings.Briefings settings,
      Clock clock) {
    this.stores = stores;
    this.delivery = delivery;
    this.selector = selector;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Runs the occurrence due at {@code scheduledFor}, for its local day, however late it runs (Herald was down, or the
   * instance running it died and another took it over).
   */
  Result run(ChannelKey key, Instant scheduledFor) {
    return run(key, scheduledFor, Attempt.FIRST);
  }

  /** {@link #run(ChannelKey, Instant)}, saying which attempt at the occurrence this is (for a late note's reason). */
  Result run(ChannelKey key, Instant scheduledFor, Attempt attempt) {
    Optional<Channel> found = stores.channels().find(key);
    if (found.isEmpty() || found.get().briefingAt().isEmpty()) return Result.NO_BRIEFING;
    Channel channel = found.get();
    DailySchedule schedule = new DailySchedule(channel.briefingAt().get(), channel.zone());
    Instant now = clock.instant();
    LocalDate day = schedule.dayOf(scheduledFor);
    if (delivery.history().ran(key, day)) return Result.ALREADY_RAN;

    boolean late = Duration.between(scheduledFor, now).compareTo(settings.lateAfter()) > 0;
    if (late) {
      Instant next = schedule.next(now, Optional.of(day));
      if (Duration.between(now, next).compareTo(settings.lateMerge()) < 0) {
        // the next briefing is close: it covers everything since the previous one, so nothing is lost
        log.info("briefing of {} for {} missed; folded into the one at {}", key, day, next);
        return Result.FOLDED_INTO_NEXT;
      }
    }
    if (delivery.outbox().pause(key).isPresent()) {
      delivery.history().recordRun(new BriefingRun(key, day, scheduledFor, now, late, 0, BriefingRun.Outcome.PAUSED));
      return Result.PAUSED;
    }

    Instant since = stores.briefings().latest(key).map(b -> b.asOf())
        .orElse(now.minus(settings.window()));
    if (since.isAfter(now)) since = now;
    Briefing built = selector.ranked(channel, since, now, settings.maxStories() * 3);
    List<BriefingStory> stories = new ArrayList<>();
    for (BriefingStory s : built.stories()) {
      if (stories.size() == settings.maxStories()) break;
      // a story the channel already saw at this version (an alert, an edit) is not news to it
      if (told(key, s.story().id(), s.summary().storyVersion())) continue;
      stories.add(s);
    }
    // related stories side by side, among the ones chosen by rank (none pulled in from below the cut)
    stories = selector.together(stories);
    Briefing briefing = new Briefing(key, now, since, stories);

    // the day it is for, whenever it runs (a briefing due at 23:59 and taken over after midnight is the day before's)
    String heading = "Daily briefing \u00b7 " + DAY.format(day);
    String note = late ? " \u00b7 " + lateNote(attempt, TIME.format(ZonedDateTime.ofInstant(scheduledFor,
        channel.zone()))) : "";
    List<OutboxEntry> entries = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      BriefingStory s = stories.get(i);
      entries.add(OutboxEntry.post(key, DeliveryKind.BRIEFING, s.story().id(), s.summary().storyVersion(),
          i == 0 ? Optional.of(heading + note) : Optional.empty(), now));
    }
    if (entries.isEmpty()) {
      entries.add(OutboxEntry.notice(key, day.toEpochDay(),
          heading + note + ": nothing new since the last briefing.", now));
    }
    BriefingRun run = new BriefingRun(key, day, scheduledFor, now, late, stories.size(),
        stories.isEmpty() ? BriefingRun.Outcome.EMPTY : BriefingRun.Outcome.SENT);
    if (!delivery.outbox().enqueueBriefing(run, Optional.of(briefing), entries)) return Result.ALREADY_RAN;
    log.info("briefing of {} for {}: {} stories{}", key, day, stories.size(), late ? " (late)" : "");
    return stories.isEmpty() ? Result.EMPTY : Result.ENQUEUED;
  }

  /**
   * Whether the channel got the story at {@code version} or later, or is about to: a message showing it, or an alert
   * (or an earlier briefing's card) still waiting in the outbox, which would otherwise post the story twice in a row
   * once the platform takes messages again.
   */
  private boolean told(ChannelKey channel, long storyId, int version) {
    if (delivery.outbox().seen(channel, storyId, version)) return true;
    OptionalInt waiting = delivery.outbox().toldVersion(channel, storyId);
    return waiting.isPresent() && waiting.getAsInt() >= version;
  }

  /** Why a briefing is late, as its heading says: the time is the channel's local time it was due at. */
  static String lateNote(Attempt attempt, String dueAt) {
    return attempt == Attempt.FIRST
        ? "sent late: Herald was offline at " + dueAt
        : "sent late: the instance due to send it at " + dueAt + " did not finish";
  }
}
