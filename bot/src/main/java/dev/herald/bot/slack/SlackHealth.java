package dev.herald.bot.slack;

import dev.herald.chat.StatusSection;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.render.InfoView;
import dev.herald.status.InstanceStatus;
import dev.herald.status.StatusSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack API errors since start-up, for {@code /herald status}: the last {@value #KEEP} per workspace, newest first.
 * Thread-safe.
 */
public final class SlackHealth implements StatusSection, StatusSource {
  static final int KEEP = 10;

  private record Problem(Instant at, String channelId, String method, String error) {}

  private final Clock clock;
  private final Map<WorkspaceKey, Deque<Problem>> problems = new HashMap<>();

  public SlackHealth(Clock clock) {
    this.clock = clock;
  }

  /** Records a failed call; {@code channelId} may be empty. */
  public synchronized void failed(WorkspaceKey workspace, String channelId, String method, String error) {
    Deque<Problem> q = problems.computeIfAbsent(workspace, w -> new ArrayDeque<>());
    q.addFirst(new Problem(clock.instant(), channelId, method, error));
    while (q.size() > KEEP) q.removeLast();
  }

  /** This instance's Slack API errors, for {@code /herald status} on every instance. */
  @Override
  public synchronized InstanceStatus status(Instant now) {
    List<InstanceStatus.Problem> out = new ArrayList<>();
    problems.forEach((workspace, q) -> {
      for (Problem p : q) {
        out.add(new InstanceStatus.Problem(p.at(), Platform.SLACK, workspace.id(), p.channelId(),
            p.method() + " failed", p.error()));
      }
    });
    return InstanceStatus.problems(out);
  }

  @Override
  public synchronized InfoView.Block report(ChannelKey channel) {
    Deque<Problem> q = problems.getOrDefault(channel.workspace(), new ArrayDeque<>());
    List<String> lines = new ArrayList<>();
    if (q.isEmpty()) lines.add("No Slack API errors since Herald started.");
    for (Problem p : q) {
      String where = p.channelId().isEmpty() ? "" : p.channelId().equals(channel.channelId()) ? " in this channel"
          : " in channel " + p.channelId();
      lines.add(p.method() + " failed" + where + ": " + p.error() + " (" + ago(p.at()) + ")");
    }
    return new InfoView.Block("Slack", lines);
  }

  private String ago(Instant at) {
    long minutes = Duration.between(at, clock.instant()).toMinutes();
    if (minutes < 1) return "just now";
    if (minutes < 120) return minutes + " min ago";
    return (minutes / 60) + " h ago";
  }
}
