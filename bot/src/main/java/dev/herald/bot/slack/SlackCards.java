package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.render.Phrases;
import dev.herald.render.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A story as Block Kit: the banner, a header with the title, a context line {@code Updated (N articles)} (with the
 * single-outlet warning), the change line of a living story, the first section and the expanded ones, the cited
 * sources with "and N more from M outlets", the related stories ({@code Related: #645 Title}), and buttons:
 * "Expand: heading" for each section not shown yet, "Sources", and "Share in channel" on ephemeral lookups.
 *
 * <p>Block ids name the story and the part ({@link #blockId}), so a click can tell which sections a posted card
 * already shows.
 */
final class SlackCards {
  static final String SOURCES_LABEL = "Sources";
  static final String SHARE_LABEL = "Share in channel";
  private static final String BANNER = "banner";
  private static final String CHANGE = "change";
  private static final String SHARED = "shared";
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,20}");

  private SlackCards() {}

  /**
   * The card's blocks.
   *
   * @param expanded 0-based indexes of sections shown besides the first; out-of-range ones are ignored
   * @param shareable whether to offer "Share in channel" (ephemeral answers only)
   */
  static List<ObjectNode> blocks(StoryView s, Set<Integer> expanded, boolean shareable) {
    List<ObjectNode> out = new ArrayList<>();
    long id = s.storyId();
    s.banner().filter(b -> !b.isBlank()).ifPresent(b -> out.add(banner(id, b)));
    out.add(SlackBlocks.header(blockId(id, "title"), SlackText.truncate(SlackText.plain(s.title()),
        SlackLimits.MAX_HEADER)));
    List<String> meta = new ArrayList<>();
    meta.add(s.updatedLine());
    if (s.singleOutlet()) meta.add(Phrases.singleOutlet(SlackText.mrkdwnPrefix(s.outlets().get(0), 200)));
    out.add(SlackBlocks.context(blockId(id, "meta"), meta));
    s.change().ifPresent(c -> out.add(change(id, c)));
    Set<Integer> shown = shown(s, expanded);
    SlackSectionText text = new SlackSectionText(s.sources());
    for (int i : shown) {
      List<String> parts = text.texts(s.sections().get(i));
      for (int p = 0; p < parts.size(); p++) {
        ObjectNode section = SlackBlocks.section(blockId(id, "s" + i + "." + p), parts.get(p));
        if (i == 0 && p == 0 && !s.imageUrl().isEmpty() && s.imageUrl().length() <= SlackLimits.MAX_IMAGE_URL) {
          section.set("accessory", SlackBlocks.image(s.imageUrl(), s.title()));
        }
        out.add(section);
      }
    }
    out.add(sources(s));
    if (!s.related().isEmpty()) out.add(SlackBlocks.context(blockId(id, "related"), List.of(related(s.related()))));
    out.add(SlackBlocks.actions(blockId(id, "actions"), buttons(s, shown, shareable)));
    return out;
  }

  /** {@code *Related:* #645 Title · #698 Title}, titles escaped as feed text. */
  static String related(List<RelatedStory> related) {
    return "*" + Phrases.related(related, t -> SlackText.mrkdwnPrefix(t, 200)).replaceFirst(":", ":*");
  }

  /**
   * The sources the story's sections cite ("[1] Harbor Times · [2] Pacific Daily") and "and N more from M outlets"
   * for the rest, which the Sources button lists with the same numbers.
   */
  private static ObjectNode sources(StoryView s) {
    List<String> parts = new ArrayList<>();
    for (String label : s.citedLabels()) parts.add(SlackText.mrkdwnPrefix(label, 200));
    s.moreSources().ifPresent(parts::add);
    String text = "*Sources:* " + String.join(" \u00b7 ", parts);
    return SlackBlocks.context(blockId(s.storyId(), "sources"),
        List.of(SlackText.truncate(text, SlackLimits.MAX_TEXT)));
  }

  /** Section 0 and the expanded sections that exist, in order. */
  static Set<Integer> shown(StoryView s, Set<Integer> expanded) {
    Set<Integer> shown = new TreeSet<>();
    shown.add(0);
    for (int i : expanded) {
      if (i >= 0 && i < s.sections().size()) shown.add(i);
    }
    return shown;
  }

  private static List<ObjectNode> buttons(StoryView s, Set<Integer> shown, boolean shareable) {
    List<ObjectNode> buttons = new ArrayList<>();
    int room = SlackLimits.MAX_ACTIONS - 1 - (shareable ? 1 : 0);
    for (int i = 0; i < s.sections().size() && buttons.size() < room; i++) {
      if (shown.contains(i)) continue;
      Section sec = s.sections().get(i);
      String label = SlackText.truncate("Expand: " + SlackText.plain(sec.heading()), SlackLimits.MAX_BUTTON_LABEL);
      buttons.add(SlackBlocks.button(label, SlackAction.expand(s.storyId(), i), null));
    }
    buttons.add(SlackBlocks.button(SOURCES_LABEL, SlackAction.sources(s.storyId()), null));
    if (shareable) buttons.add(SlackBlocks.button(SHARE_LABEL, SlackAction.share(s.storyId()), "primary"));
    return buttons;
  }

  /** The banner: its first line bold, further lines (a briefing's note) plain. */
  private static ObjectNode banner(long id, String banner) {
    String[] lines = banner.strip().split("\n", 2);
    String text = "*" + SlackText.mrkdwnPrefix(lines[0].strip(), 1_000) + "*";
    if (lines.length > 1 && !lines[1].isBlank()) text += "\n" + SlackText.mrkdwnPrefix(lines[1].strip(), 1_500);
    return SlackBlocks.context(blockId(id, BANNER), List.of(text));
  }

  private static ObjectNode change(long id, String change) {
    return SlackBlocks.context(blockId(id, CHANGE), List.of("*What changed:* " + SlackText.mrkdwnPrefix(change, 2_500)));
  }

  /** {@code h:12:title}: unique in a message as long as a story appears in it once. */
  static String blockId(long storyId, String part) {
    return "h:" + storyId + ":" + part;
  }

  /**
   * "Shared by @user" under a card shared from a lookup: Herald's own mention of the user who clicked (a Slack user
   * id from the signed request), never text from a feed.
   */
  static ObjectNode sharedBy(long storyId, String userId) {
    if (!USER_ID.matcher(userId).matches()) throw new IllegalArgumentException("not a Slack user id: " + userId);
    return SlackBlocks.context(blockId(storyId, SHARED), List.of("Shared by <@" + userId + ">"));
  }

  /** Whether a block id is a message-level line of story {@code storyId} (banner, change, shared): kept on growth. */
  static boolean isAnnotation(String blockId, long storyId) {
    return blockId.equals(blockId(storyId, BANNER)) || blockId.equals(blockId(storyId, CHANGE))
        || blockId.equals(blockId(storyId, SHARED));
  }

  static boolean isBanner(String blockId, long storyId) {
    return blockId.equals(blockId(storyId, BANNER));
  }

  static boolean isMeta(String blockId, long storyId) {
    return blockId.equals(blockId(storyId, "meta"));
  }

  /** The section index a block id shows ({@code h:12:s2.0} is 2), or -1. */
  static int sectionOf(String blockId, long storyId) {
    String prefix = blockId(storyId, "s");
    if (!blockId.startsWith(prefix)) return -1;
    String rest = blockId.substring(prefix.length());
    int dot = rest.indexOf('.');
    if (dot < 1 || dot > 3) return -1;
    try {
      return Integer.parseInt(rest.substring(0, dot));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
