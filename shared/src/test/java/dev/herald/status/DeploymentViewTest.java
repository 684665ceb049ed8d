package dev.herald.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.InfoView;
import dev.herald.testing.Golden;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The "Instances" block of /herald status against reviewed golden text, and its report's JSON round trip. */
class DeploymentViewTest {
  static final Instant NOW = Instant.parse("2026-12-07T07:30:00Z");
  static final ChannelKey CHANNEL = ChannelKey.of(Platform.SLACK, "T1", "C1");

  static InstanceStatus.Problem slack(Duration ago, String workspace, String channel, String what, String detail) {
    return new InstanceStatus.Problem(NOW.minus(ago), Platform.SLACK, workspace, channel, what, detail);
  }

  static String text(InfoView.Block b) {
    return "*" + b.heading() + "*\n" + String.join("\n", b.lines()) + "\n";
  }

  @Test
  void threeInstancesWithAHoldAndProblemsInThisWorkspace() {
    Map<String, InstanceStatus> live = new TreeMap<>();
    live.put("herald-1", InstanceStatus.sending(Map.of(Platform.SLACK, Optional.empty(),
        Platform.DISCORD, Optional.empty())).and(InstanceStatus.problems(List.of(
            slack(Duration.ofMinutes(3), "T1", "C1", "chat.postMessage failed", "not_in_channel"),
            slack(Duration.ofMinutes(1), "T2", "C7", "chat.postMessage failed", "channel_not_found")))));
    live.put("herald-2", InstanceStatus.sending(Map.of(Platform.SLACK,
        Optional.of("the platform refused Herald's token (invalid_auth); next try at 2026-12-07T07:31:00Z")))
        .and(InstanceStatus.problems(List.of(
            slack(Duration.ofSeconds(20), "T1", "C9", "conversations.history failed", "ratelimited"),
            slack(Duration.ofHours(3), "T1", "", "auth.test failed", "invalid_auth"),
            new InstanceStatus.Problem(NOW, Platform.DISCORD, "T1", "C1", "posting paused", "Missing Access")))));
    live.put("herald-3", InstanceStatus.sending(Map.of(Platform.DISCORD, Optional.empty())));
    InfoView.Block block = DeploymentView.block("herald-1", Optional.of("herald-2"), live, CHANNEL, NOW);
    Golden.assertMatches(getClass(), "three-instances.txt", text(block));
  }

  @Test
  void oneInstanceWithoutProblems() {
    InfoView.Block block = DeploymentView.block("herald-1", Optional.empty(),
        Map.of("herald-1", InstanceStatus.sending(Map.of(Platform.SLACK, Optional.empty()))), CHANNEL, NOW);
    Golden.assertMatches(getClass(), "one-instance.txt", text(block));
  }

  @Test
  void manyProblemsAreCutToTheNewestFive() {
    List<InstanceStatus.Problem> many = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      many.add(slack(Duration.ofMinutes(i), "T1", "C" + i, "chat.update failed", "message_not_found"));
    }
    InfoView.Block block = DeploymentView.block("herald-1", Optional.empty(),
        Map.of("herald-1", InstanceStatus.sending(Map.of(Platform.SLACK, Optional.empty()))
            .and(InstanceStatus.problems(many))), CHANNEL, NOW);
    assertEquals(List.of("herald-1 (this one): sending to Slack.",
        "herald-1: chat.update failed in this channel: message_not_found (1 min ago).",
        "herald-1: chat.update failed in channel C2: message_not_found (2 min ago).",
        "herald-1: chat.update failed in channel C3: message_not_found (3 min ago).",
        "herald-1: chat.update failed in channel C4: message_not_found (4 min ago).",
        "herald-1: chat.update failed in channel C5: message_not_found (5 min ago).",
        "and 2 more"), block.lines());
  }

  @Test
  void aReportReadsBackAsWrittenAndAStrangeOneAsNothing() {
    InstanceStatus s = InstanceStatus.sending(Map.of(Platform.SLACK, Optional.of("held"), Platform.DISCORD,
        Optional.empty())).and(InstanceStatus.problems(List.of(
            slack(Duration.ofMinutes(2), "T1", "C1", "chat.postMessage failed", "not_in_channel \"quoted\""))));
    assertEquals(s, InstanceStatusJson.read(InstanceStatusJson.write(s)));
    assertEquals(InstanceStatus.NONE, InstanceStatusJson.read("not json"));
    assertEquals(InstanceStatus.sending(Map.of(Platform.SLACK, Optional.empty())), InstanceStatusJson.read(
        "{\"sending\":{\"slack\":null},\"problems\":[{\"at\":1,\"platform\":\"teams\"}],\"later\":true}"),
        "a platform or field this version does not know is skipped");
  }
}
