package dev.herald.bot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may change Herald's settings in Slack: workspace admins and owners ({@code users.info}, cached for {@link #TTL})
 * and the user ids listed in {@code slack.admins}. When Slack cannot say, the answer is no. Thread-safe.
 */
final class SlackPermissions {
  /** What a refusal names as the people who may. */
  static final String MANAGERS = "workspace admins and owners";
  static final Duration TTL = Duration.ofMinutes(10);
  static final int MAX_CACHED = 10_000;

  private record Entry(boolean canManage, Instant at) {}

  private final Slack slack;
  private final Set<String> admins;
  private final Clock clock;
  private final SlackHealth health;
  private final Map<String, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_CACHED;
    }
  };

  SlackPermissions(Slack slack, List<String> admins, Clock clock, SlackHealth health) {
    this.slack = slack;
    this.admins = Set.copyOf(admins);
    this.clock = clock;
    this.health = health;
  }

  boolean canManage(SlackInteraction i) {
    if (admins.contains(i.userId())) return true;
    String key = i.teamId() + ":" + i.userId();
    Instant now = clock.instant();
    synchronized (cache) {
      Entry e = cache.get(key);
      if (e != null && e.at().plus(TTL).isAfter(now)) return e.canManage();
    }
    boolean answer = ask(i);
    synchronized (cache) {
      cache.put(key, new Entry(answer, now));
    }
    return answer;
  }

  private boolean ask(SlackInteraction i) {
    String error;
    try {
      UsersInfoResponse r = slack.methods(i.token(), i.teamId()).usersInfo(req -> req.user(i.userId()));
      if (r.isOk() && r.getUser() != null) {
        User u = r.getUser();
        return u.isAdmin() || u.isOwner() || u.isPrimaryOwner();
      }
      error = r.getError();
    } catch (SlackApiException e) {
      error = SlackErrors.fromApiException("users.info", e).getMessage();
    } catch (IOException e) {
      error = e.getClass().getSimpleName();
    }
    health.failed(new WorkspaceKey(Platform.SLACK, i.teamId()), i.channelId(), "users.info", String.valueOf(error));
    return false;
  }
}
