package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.Source;
import dev.herald.render.InfoView;
import dev.herald.render.NoticeView;
import dev.herald.render.Phrases;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The views that are not story cards: an expanded section, a source list, a notice, an info list. */
final class SlackReplyBlocks {
  static final int MAX_HEADLINE = 250;
  static final int MAX_DESCRIPTION = 300;

  private SlackReplyBlocks() {}

  /** One section of a story in full, with the sources it cites and a Sources button. */
  static SlackMessage section(SectionView v) {
    StoryView s = v.story();
    List<ObjectNode> blocks = new ArrayList<>();
    String title = SlackText.mrkdwnPrefix(s.title(), 500);
    blocks.add(SlackBlocks.context(null, List.of("*" + title + "*", s.updatedLine() + " \u00b7 section " + (v.index() + 1)
        + " of " + s.sections().size())));
    SlackSectionText text = new SlackSectionText(s.sources());
    for (String part : text.texts(v.section())) blocks.add(SlackBlocks.section(null, part));
    List<String> cited = new ArrayList<>();
    for (int n : new TreeSet<>(v.section().citations())) {
      s.sources().stream().filter(src -> src.n() == n).findFirst()
          .ifPresent(src -> cited.add(text.marker(n) + " " + SlackText.mrkdwnPrefix(src.outlet(), 100)));
    }
    if (!cited.isEmpty()) {
      String line = "Cited: " + String.join(" \u00b7 ", cited);
      blocks.add(SlackBlocks.context(null, List.of(line.length() <= SlackLimits.MAX_TEXT ? line
          : "Cited: " + cited.size() + " sources (see Sources)")));
    }
    blocks.add(SlackBlocks.actions(null, List.of(SlackBlocks.button(SlackCards.SOURCES_LABEL,
        SlackAction.sources(s.storyId()), null))));
    return SlackMessage.of(title + " \u00b7 section " + (v.index() + 1), blocks);
  }

  /** The numbered sources, each a link, the same numbers the story's text uses. */
  static List<SlackMessage> sources(SourcesView v) {
    List<ObjectNode> head = new ArrayList<>();
    String title = SlackText.mrkdwnPrefix(v.title(), 500);
    head.add(SlackBlocks.section(null, "*" + v.heading() + "* \u00b7 " + title));
    if (v.singleOutlet() && !v.sources().isEmpty()) {
      head.add(SlackBlocks.context(null, List.of(Phrases.singleOutlet(SlackText.mrkdwnPrefix(
          v.sources().get(0).outlet(), 200)))));
    }
    List<String> entries = new ArrayList<>();
    for (Source src : v.sources()) entries.add(entry(src));
    List<List<ObjectNode>> parts = new ArrayList<>();
    for (String packed : SlackTextPacker.pack(entries, "\n\n")) parts.add(List.of(SlackBlocks.section(null, packed)));
    if (!v.related().isEmpty()) parts.add(List.of(SlackBlocks.context(null, List.of(SlackCards.related(v.related())))));
    return SlackMessagePacker.packPlain(v.heading() + " \u00b7 " + title, head, parts);
  }

  /** {@code *[1]* <url|Headline> · Outlet}, then the description. */
  static String entry(Source src) {
    String headline = src.headline().isBlank() ? src.outlet() : src.headline();
    String line = "*[" + src.n() + "]* " + SlackText.link(src.url(), headline, MAX_HEADLINE) + " \u00b7 "
        + SlackText.mrkdwnPrefix(src.outlet(), 100);
    if (!src.description().isBlank()) line += "\n" + SlackText.mrkdwnPrefix(src.description(), MAX_DESCRIPTION);
    return line;
  }

  /** One line, marked by its level. */
  static SlackMessage notice(NoticeView n) {
    String text = SlackText.mrkdwnPrefix(n.text(), SlackLimits.MAX_TEXT - 24);
    return SlackMessage.of(text, List.of(SlackBlocks.section(null, mark(n.level()) + " " + text)));
  }

  static String mark(NoticeView.Level level) {
    switch (level) {
      case SUCCESS:
        return ":white_check_mark:";
      case WARNING:
        return ":warning:";
      case ERROR:
        return ":no_entry_sign:";
      default:
        return ":information_source:";
    }
  }

  /** A title and groups of lines (help, status, feeds, topics). */
  static List<SlackMessage> info(InfoView v) {
    List<ObjectNode> head = v.title().isBlank() ? List.of() : List.of(SlackBlocks.header(null,
        SlackText.truncate(SlackText.plain(v.title().strip()), SlackLimits.MAX_HEADER)));
    List<List<ObjectNode>> parts = new ArrayList<>();
    for (InfoView.Block b : v.blocks()) {
      List<String> lines = new ArrayList<>();
      if (!b.heading().isBlank()) lines.add("*" + SlackText.mrkdwnPrefix(b.heading(), 300) + "*");
      for (String line : b.lines()) if (!line.isBlank()) lines.add(SlackText.mrkdwnPrefix(line, 1_000));
      if (lines.isEmpty()) continue;
      List<ObjectNode> blocks = new ArrayList<>();
      for (String packed : SlackTextPacker.pack(lines, "\n")) blocks.add(SlackBlocks.section(null, packed));
      parts.add(blocks);
    }
    if (parts.isEmpty()) {
      // nothing to list: one line, under the title when there is one
      String line = v.title().isBlank() ? SlackRenderer.NOTHING : SlackText.mrkdwnPrefix(v.title().strip(), 500)
          + ": " + SlackRenderer.NOTHING.toLowerCase(java.util.Locale.ROOT);
      return List.of(notice(NoticeView.info(line)));
    }
    String text = v.title().isBlank() ? SlackRenderer.NOTHING : SlackText.mrkdwnPrefix(v.title().strip(), 500);
    return SlackMessagePacker.packPlain(v.title().isBlank() ? "Herald" : text, head, parts);
  }
}
