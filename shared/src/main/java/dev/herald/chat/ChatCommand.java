package dev.herald.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a chat user asked for, whatever the platform. Adapters build these; {@link ChatService} answers them. */
public sealed interface ChatCommand {
  /** The briefing of the last day when {@code query} is empty, otherwise a lookup ("ai", "rail strike yesterday"). */
  record Brief(String query) implements ChatCommand {
    public Brief {
      query = Objects.requireNonNull(query, "query == null").strip();
    }
  }

  /** A story's numbered sources; {@code story} empty means the latest story shown in the channel. */
  record Sources(String story) implements ChatCommand {
    public Sources {
      story = Objects.requireNonNull(story, "story == null").strip();
    }
  }

  /** One section of a story in full; {@code section} is a 1-based number or words of its heading. */
  record Expand(String story, String section) implements ChatCommand {
    public Expand {
      story = Objects.requireNonNull(story, "story == null").strip();
      section = Objects.requireNonNull(section, "section == null").strip();
    }
  }

  record Subscribe(String topic) implements ChatCommand {
    public Subscribe {
      topic = Objects.requireNonNull(topic, "topic == null").strip();
    }
  }

  record Unsubscribe(String topic) implements ChatCommand {
    public Unsubscribe {
      topic = Objects.requireNonNull(topic, "topic == null").strip();
    }
  }

  /** The topics a channel can subscribe to, and the channel's subscriptions. */
  record Topics() implements ChatCommand {}

  /** Shows the schedule when {@code at} and {@code zone} are empty and {@code off} is false; otherwise changes it. */
  record Schedule(Optional<LocalTime> at, Optional<ZoneId> zone, boolean off) implements ChatCommand {
    public Schedule {
      Objects.requireNonNull(at, "at == null");
      Objects.requireNonNull(zone, "zone == null");
      if (off && (at.isPresent() || zone.isPresent())) throw new IllegalArgumentException("off with a time");
    }

    public static Schedule show() {
      return new Schedule(Optional.empty(), Optional.empty(), false);
    }

    public boolean changes() {
      return off || at.isPresent() || zone.isPresent();
    }
  }

  /** The workspace's feeds: {@code list}, {@code add <url> [name] [topics...]}, {@code remove <id>}, {@code check}. */
  record Feeds(String action, List<String> args) implements ChatCommand {
    public Feeds {
      action = Objects.requireNonNull(action, "action == null").strip();
      args = List.copyOf(args);
    }
  }

  record Status() implements ChatCommand {}

  /** Requeues this channel's parked deliveries. */
  record Retry() implements ChatCommand {}

  record Help() implements ChatCommand {}
}
