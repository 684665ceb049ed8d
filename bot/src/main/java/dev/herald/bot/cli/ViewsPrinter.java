package dev.herald.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.bot.console.ConsoleRenderer;
import dev.herald.bot.discord.DiscordPayloads;
import dev.herald.bot.offline.StoryViews;
import dev.herald.bot.offline.ViewJson;
import dev.herald.bot.slack.SlackPayloads;
import dev.herald.render.StoryView;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code digest --views}: every payload Herald would send for a briefing's stories, each marked with its kind. JSON
 * formats print one line per payload, {@code {"kind", "story", "section"?, "method", "body"}} (json: {@code "view"}
 * instead of method and body); text prints a {@code ### kind} line before each view.
 */
final class ViewsPrinter {
  /** Where a Slack card posted by the digest would be: the ts an Expand click edits. */
  static final String POSTED_TS = "<posted ts>";

  private ViewsPrinter() {}

  static void print(PrintWriter out, DigestCommand.Format format, String channelId, List<StoryViews.Shown> views) {
    for (StoryViews.Shown v : views) {
      switch (format) {
        case text -> out.print(header(v) + "\n" + ConsoleRenderer.render(v.view()));
        case json -> {
          ObjectNode line = marked(v);
          line.set("view", ViewJson.view(v.view()));
          out.println(JsonLines.line(line));
        }
        case slack -> slack(out, channelId, v);
        case discord -> discord(out, v);
      }
    }
  }

  private static void slack(PrintWriter out, String channelId, StoryViews.Shown v) {
    if (v.view() instanceof StoryView card && v.kind().equals("card")) {
      String key = "story:" + card.storyId() + ":v" + card.version();
      for (JsonNode body : SlackPayloads.chatPostMessage(channelId, card, key)) {
        out.println(JsonLines.line(payload(v, "chat.postMessage", body)));
      }
      return;
    }
    for (JsonNode body : SlackPayloads.interactive(v.view())) {
      out.println(JsonLines.line(payload(v, "response_url", body)));
    }
    if (v.kind().equals("section") && v.section() > 0
        && v.view() instanceof dev.herald.render.SectionView s) {
      ObjectNode line = payload(v, "chat.update", SlackPayloads.expandedCard(channelId, POSTED_TS, s.story(),
          v.section()));
      line.put("kind", "expanded-card");
      out.println(JsonLines.line(line));
    }
  }

  private static void discord(PrintWriter out, StoryViews.Shown v) {
    if (v.view() instanceof StoryView card && v.kind().equals("card")) {
      out.println(JsonLines.line(payload(v, "POST /channels/{channel}/messages",
          DiscordPayloads.post(card, "story:" + card.storyId() + ":v" + card.version()))));
      return;
    }
    for (JsonNode body : DiscordPayloads.messages(v.view())) {
      out.println(JsonLines.line(payload(v, "interaction response", body)));
    }
  }

  private static ObjectNode payload(StoryViews.Shown v, String method, JsonNode body) {
    ObjectNode line = marked(v);
    line.put("method", method);
    line.set("body", body);
    return line;
  }

  private static ObjectNode marked(StoryViews.Shown v) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("kind", v.kind());
    line.put("story", v.storyId());
    if (v.section() >= 0) line.put("section", v.section() + 1);
    return line;
  }

  private static String header(StoryViews.Shown v) {
    String what = v.storyId() == 0 ? "" : " \u00b7 story #" + v.storyId();
    return "### " + v.kind() + what + (v.section() >= 0 ? " \u00b7 section " + (v.section() + 1) : "");
  }
}
