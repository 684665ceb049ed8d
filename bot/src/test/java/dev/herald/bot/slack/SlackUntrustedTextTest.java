package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.bot.checks.UntrustedText;
import dev.herald.render.View;
import dev.herald.testing.HostileStory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feed text in Slack: no link whose text names another place, no user-info links, no live mrkdwn formatting. */
class SlackUntrustedTextTest {
  /** Every mrkdwn text of every message of every view of the hostile story. */
  static List<String> mrkdwnTexts() {
    List<String> out = new ArrayList<>();
    for (View v : HostileStory.views()) {
      for (SlackRenderer.Audience a : SlackRenderer.Audience.values()) {
        for (SlackMessage m : SlackRenderer.render(v, a)) out.addAll(UntrustedText.slackMrkdwn(m.blocks()));
      }
    }
    return out;
  }

  @Test
  void noLinkTextNamesAnotherPlaceAndNoLinkCarriesUserInfo() {
    assertTrue(UntrustedText.assertSlackLinksHonest(mrkdwnTexts()) > 0, "honest links are still links");
  }

  @Test
  void feedFormattingStaysLiteral() {
    UntrustedText.assertSlackFormattingInert(mrkdwnTexts());
  }

  @Test
  void formattingCharactersInsideAWordStayAndTheRestBecomeLookAlikes() {
    assertEquals("snake_case, 3*4 and x~y", SlackText.mrkdwn("snake_case, 3*4 and x~y"));
    assertEquals("\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb a &gt; b",
        SlackText.mrkdwn("*bold* _it_ ~s~ `c` a > b"));
    assertEquals("\u203a quote\n  \u203a again", SlackText.mrkdwn("> quote\n  > again"));
  }
}
