package dev.herald.bot.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.render.Links;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on payloads that carry feed text: every link's text names only the link's own place, no link carries user
 * info, and (Slack) feed formatting stays literal. Shared by the renderer tests and the {@code digest --views} test.
 */
public final class UntrustedText {
  private static final Pattern SLACK_LINK = Pattern.compile("<([^|>]*)\\|([^>]*)>");
  /** A Discord masked link; its label may hold backslash-escaped characters. */
  private static final Pattern DISCORD_LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)\\]\\((\\S+?)\\)");
  private static final List<String> LIVE = List.of("*Bold*", "_italic_", "_under_", "~strike~", "`code`", "```",
      "*star*", "*Your savings account*", "_locked_", "~today~", "`now`", "*officials*");

  private UntrustedText() {}

  /** Every mrkdwn text object in a Slack payload. */
  public static List<String> slackMrkdwn(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out, true);
    return out;
  }

  /** Every string in a Discord payload. */
  public static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out, false);
    return out;
  }

  private static void collect(JsonNode node, List<String> out, boolean mrkdwnOnly) {
    if (mrkdwnOnly && node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
      out.add(node.path("text").asText());
    } else if (!mrkdwnOnly && node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collect(child, out, mrkdwnOnly));
  }

  /** Asserts that every {@code <url|label>} is a link Herald may make with honest text; returns how many there are. */
  public static int assertSlackLinksHonest(List<String> mrkdwn) {
    int links = 0;
    for (String text : mrkdwn) {
      Matcher m = SLACK_LINK.matcher(text);
      while (m.find()) {
        links++;
        assertHonest(unescape(m.group(1)), unescape(m.group(2)), text);
      }
    }
    return links;
  }

  /** Asserts that every {@code [label](url)} is a link Herald may make with honest text; returns how many. */
  public static int assertDiscordLinksHonest(List<String> strings) {
    int links = 0;
    for (String text : strings) {
      Matcher m = DISCORD_LINK.matcher(text);
      while (m.find()) {
        links++;
        assertHonest(m.group(2), m.group(1).replaceAll("\\\\(.)", "$1"), text);
      }
    }
    return links;
  }

  /** Asserts that no mrkdwn text lets feed formatting take effect: bold, italic, strike, code, a leading quote. */
  public static void assertSlackFormattingInert(List<String> mrkdwn) {
    for (String text : mrkdwn) {
      for (String live : LIVE) assertFalse(text.contains(live), live + " in " + text);
      for (String line : text.split("\n")) assertFalse(line.startsWith("&gt;") || line.startsWith(">"), text);
    }
  }

  private static void assertHonest(String url, String label, String where) {
    URI target = Links.target(url).orElseThrow(() -> new AssertionError("not a link Herald may make: " + where));
    assertFalse(Links.deceives(label, target), "a lying link: " + where);
    assertTrue(target.getRawUserInfo() == null, where);
  }

  private static String unescape(String mrkdwn) {
    return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
