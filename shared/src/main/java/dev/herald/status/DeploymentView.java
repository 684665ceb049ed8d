package dev.herald.status;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.InfoView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "Instances" block of {@code /herald status} when several instances share the database: each live instance by
 * name, whether it sends the channel's platform and is held back, which one is polling the feeds, and the recent
 * problems of every instance with the channel's workspace, newest first. A pure function of its input.
 */
public final class DeploymentView {
  /** Problems listed at most; the rest are counted. */
  static final int MAX_PROBLEMS = 5;

  private DeploymentView() {}

  /** A problem and the instance that had it. */
  private record Seen(String instance, InstanceStatus.Problem problem) {}

  /**
   * @param self this instance's name
   * @param polling the instance holding the pipeline's lease now, if any
   * @param live each live instance's status, by name (this one's included)
   */
  public static InfoView.Block block(String self, Optional<String> polling, Map<String, InstanceStatus> live,
      ChannelKey channel, Instant now) {
    Platform platform = channel.platform();
    String name = name(platform);
    List<String> lines = new ArrayList<>();
    List<Seen> seen = new ArrayList<>();
    for (Map.Entry<String, InstanceStatus> e : live.entrySet()) {
      String instance = e.getKey();
      List<String> tags = new ArrayList<>();
      if (instance.equals(self)) tags.add("this one");
      if (polling.filter(instance::equals).isPresent()) tags.add("polling the feeds now");
      Optional<String> hold = e.getValue().sending().get(platform.key());
      String sending = !e.getValue().sending().containsKey(platform.key()) ? "not sending to " + name
          : hold.isPresent() ? "sending to " + name + " is held back: " + hold.get() : "sending to " + name;
      lines.add(instance + (tags.isEmpty() ? "" : " (" + String.join(", ", tags) + ")") + ": " + sending + ".");
      for (InstanceStatus.Problem p : e.getValue().problems()) if (p.concerns(channel)) seen.add(new Seen(instance, p));
    }
    seen.sort(Comparator.comparing((Seen s) -> s.problem().at()).reversed().thenComparing(Seen::instance));
    if (seen.isEmpty()) lines.add("No " + name + " problems on any instance.");
    for (Seen s : seen.subList(0, Math.min(seen.size(), MAX_PROBLEMS))) {
      InstanceStatus.Problem p = s.problem();
      String where = p.channel().isEmpty() ? "" : p.channel().equals(channel.channelId()) ? " in this channel"
          : " in channel " + p.channel();
      lines.add(s.instance() + ": " + p.what() + where + ": " + p.detail() + " (" + ago(p.at(), now) + ").");
    }
    if (seen.size() > MAX_PROBLEMS) lines.add("and " + (seen.size() - MAX_PROBLEMS) + " more");
    return new InfoView.Block("Instances", lines);
  }

  private static String name(Platform platform) {
    String key = platform.key();
    return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }

  static String ago(Instant at, Instant now) {
    long minutes = Duration.between(at, now).toMinutes();
    if (minutes < 1) return "just now";
    if (minutes < 120) return minutes + " min ago";
    return (minutes / 60) + " h ago";
  }
}
