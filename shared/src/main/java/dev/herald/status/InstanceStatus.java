package dev.herald.status;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one Herald instance says about its sending, for {@code /herald status} on any instance: per platform it sends,
 * whether its rate governor holds sending back and why, and its recent problems with the platforms (failed API calls,
 * channels it paused), newest first.
 *
 * @param sending the platforms this instance sends, by key, each with the reason sending is held back if it is
 * @param problems the recent problems, newest first
 */
public record InstanceStatus(Map<String, Optional<String>> sending, List<Problem> problems) {
  /** At most this many problems are kept in a report, the newest. */
  public static final int MAX_PROBLEMS = 50;

  public static final InstanceStatus NONE = new InstanceStatus(Map.of(), List.of());

  /**
   * A request to a platform that failed (or a channel paused), where and when: {@code what} names it ("chat.postMessage
   * failed"), {@code detail} says why; {@code channel} is empty when it was no channel's.
   */
  public record Problem(Instant at, Platform platform, String workspace, String channel, String what, String detail) {
    public Problem {
      Objects.requireNonNull(at, "at == null");
      Objects.requireNonNull(platform, "platform == null");
      Objects.requireNonNull(workspace, "workspace == null");
      Objects.requireNonNull(channel, "channel == null");
      Objects.requireNonNull(what, "what == null");
      Objects.requireNonNull(detail, "detail == null");
    }

    /** Whether it happened in the channel's workspace on the channel's platform. */
    boolean concerns(ChannelKey key) {
      return platform == key.platform() && workspace.equals(key.workspace().id());
    }
  }

  public InstanceStatus {
    sending = Map.copyOf(new TreeMap<>(sending));
    problems = List.copyOf(problems);
  }

  /** This instance sends these platforms, each held back for the reason given, if one is. */
  public static InstanceStatus sending(Map<Platform, Optional<String>> platforms) {
    Map<String, Optional<String>> byKey = new TreeMap<>();
    platforms.forEach((p, hold) -> byKey.put(p.key(), hold));
    return new InstanceStatus(byKey, List.of());
  }

  public static InstanceStatus problems(List<Problem> problems) {
    return new InstanceStatus(Map.of(), problems);
  }

  /** Both statuses in one: the platforms of each, and their problems, newest first, at most {@link #MAX_PROBLEMS}. */
  public InstanceStatus and(InstanceStatus other) {
    Map<String, Optional<String>> s = new TreeMap<>(sending);
    s.putAll(other.sending);
    List<Problem> p = new ArrayList<>(problems);
    p.addAll(other.problems);
    p.sort(Comparator.comparing(Problem::at).reversed());
    return new InstanceStatus(s, p.subList(0, Math.min(p.size(), MAX_PROBLEMS)));
  }
}
