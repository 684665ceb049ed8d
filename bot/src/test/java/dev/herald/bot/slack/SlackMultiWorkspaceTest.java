package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.bot.fake.FakeSlackServerCall;
import dev.herald.model.ChannelKey;
import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Multi-workspace mode: an OAuth install through Herald's HTTP endpoint, kept in the store, used per workspace. */
class SlackMultiWorkspaceTest {
  static final WorkspaceKey T2 = new WorkspaceKey(Platform.SLACK, "T2");
  SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(true, Map.of("SLACK_SIGNING_SECRET", SlackHarness.SECRET, "SLACK_CLIENT_ID", "111.222",
        "SLACK_CLIENT_SECRET", "client-secret"));
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void anOAuthInstallIsStoredAndItsTokenUsedForThatWorkspace() throws Exception {
    install("T2");
    Installation i = h.installations.find(T2).orElseThrow();
    assertEquals("xoxb-T2-installed", i.botToken());
    assertEquals("UINSTALLER", i.installerUserId());
    assertEquals(1, h.fake.calls("oauth.v2.access").size());

    h.slack.send(SignedSlackClient.command("T2", "/brief", "storm", "UMEMBER", "C9", h.fake.responseUrl("r1")));
    FakeSlackServerCall answer = h.fake.awaitCalls("response_url", 1, Duration.ofSeconds(10)).get(0);
    assertTrue(answer.body().contains("Storm Isolde"), answer.body());

    h.adapter.publisher().post(ChannelKey.of(Platform.SLACK, "T2", "C9"), h.view(h.storm), "k1");
    assertEquals("xoxb-T2-installed", h.fake.calls("chat.postMessage").get(0).token());
  }

  @Test
  void aWorkspaceThatDidNotInstallIsToldSoAndNothingElseHappens() throws Exception {
    HttpResponse<String> r = h.slack.send(SignedSlackClient.command("T3", "/brief", "", "UMEMBER", "C9",
        h.fake.responseUrl("r1")));
    assertEquals(200, r.statusCode());
    FakeSlackServerCall answer = h.fake.awaitCalls("response_url", 1, Duration.ofSeconds(10)).get(0);
    assertTrue(answer.body().contains(SlackInstallationService.NOT_INSTALLED), answer.body());
    Thread.sleep(200);
    assertEquals(1, h.fake.calls("response_url").size());
    assertTrue(h.stores.channels().find(ChannelKey.of(Platform.SLACK, "T3", "C9")).isEmpty());
  }

  @Test
  void aRedirectWithoutTheInstallersStateCookieInstallsNothing() throws Exception {
    HttpResponse<String> r = h.slack.get(SlackBolt.REDIRECT_PATH + "?code=code-T2&state=forged", null);
    assertTrue(r.body().contains("invalid_state"), r.body());
    assertTrue(h.installations.find(T2).isEmpty());
    assertTrue(h.fake.calls("oauth.v2.access").isEmpty());
  }

  private void install(String team) throws Exception {
    HttpResponse<String> page = h.slack.get(SlackBolt.INSTALL_PATH, null);
    assertEquals(200, page.statusCode(), page.body());
    Matcher state = Pattern.compile("state=([A-Za-z0-9_\\-]+)").matcher(page.body());
    assertTrue(state.find(), page.body());
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    HttpResponse<String> done = h.slack.get(SlackBolt.REDIRECT_PATH + "?code=code-" + team + "&state="
        + state.group(1), cookie);
    assertEquals(200, done.statusCode(), done.body());
  }
}
