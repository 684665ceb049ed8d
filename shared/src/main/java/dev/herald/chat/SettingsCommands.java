package dev.herald.chat;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Subscription;
import dev.herald.render.InfoView;
import dev.herald.render.NoticeView;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;

/** Channel settings: the daily briefing's schedule and topic subscriptions. Changes need a manager. */
final class SettingsCommands {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

  private final Stores stores;
  private final TopicDirectory topics;
  private final ScheduleListener schedules;
  private final Clock clock;

  SettingsCommands(Stores stores, TopicDirectory topics, ScheduleListener schedules, Clock clock) {
    this.stores = stores;
    this.topics = topics;
    this.schedules = schedules;
    this.clock = clock;
  }

  ChatReply schedule(Channel channel, ChatCommand.Schedule cmd) {
    Channel changed = channel;
    if (cmd.off()) {
      changed = channel.withBriefingAt(Optional.empty(), channel.zone());
    } else if (cmd.changes()) {
      Optional<LocalTime> at = cmd.at().or(channel::briefingAt);
      if (at.isEmpty()) return ChatReply.error("Give a time too, e.g. /herald schedule 08:00 " + cmd.zone().get());
      changed = channel.withBriefingAt(at, cmd.zone().orElse(channel.zone()));
    }
    if (changed != channel) {
      stores.channels().save(changed);
      schedules.scheduleChanged(changed);
    }
    return ChatReply.privately(describe(changed, changed != channel));
  }

  private NoticeView describe(Channel channel, boolean changed) {
    if (channel.briefingAt().isEmpty()) {
      return changed
          ? NoticeView.success("Daily briefing turned off for this channel. Turn it on with /herald schedule 08:00.")
          : NoticeView.info("This channel has no daily briefing. Set one with /herald schedule 08:00 "
              + channel.zone().getId() + ".");
    }
    String next = schedules.nextBriefing(channel)
        .map(t -> " Next: " + WHEN.format(ZonedDateTime.ofInstant(t, channel.zone())) + ".")
        .orElse("");
    String what = "Daily briefing at " + channel.briefingAt().get() + " " + channel.zone().getId() + "." + next;
    return changed ? NoticeView.success(what) : NoticeView.info(what);
  }

  ChatReply subscribe(Channel channel, String topic) {
    Optional<ChatReply> unknown = unknownTopic(topic);
    if (unknown.isPresent()) return unknown.get();
    boolean added = stores.channels().subscribe(new Subscription(channel.key(), topic, clock.instant()));
    return ChatReply.privately(added
        ? NoticeView.success("Subscribed: this channel will be alerted when a story on " + topic
            + " breaks or grows.")
        : NoticeView.info("This channel is already subscribed to " + topic + "."));
  }

  ChatReply unsubscribe(ChannelKey channel, String topic) {
    boolean removed = stores.channels().unsubscribe(channel, topic);
    return ChatReply.privately(removed
        ? NoticeView.success("Unsubscribed from " + topic + ".")
        : NoticeView.info("This channel was not subscribed to " + ChatCommandParser.shorten(topic)
            + ". See /herald topics."));
  }

  ChatReply topics(ChannelKey channel) {
    List<String> mine = stores.channels().subscriptions(channel).stream().map(Subscription::topic).toList();
    SortedSet<String> all = topics.names();
    return ChatReply.privately(new InfoView("Topics", List.of(
        new InfoView.Block("This channel is subscribed to",
            mine.isEmpty() ? List.of("nothing yet: /subscribe <topic>") : mine),
        new InfoView.Block("Available topics", List.of(String.join(", ", all))))));
  }

  private Optional<ChatReply> unknownTopic(String topic) {
    SortedSet<String> all = topics.names();
    if (all.contains(topic)) return Optional.empty();
    return Optional.of(ChatReply.error("Unknown topic \u201c" + ChatCommandParser.shorten(topic) + "\u201d. Topics: "
        + String.join(", ", all) + "."));
  }
}
