package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Views as Slack messages: a pure function, no I/O. A story is one card ({@link SlackCards}); a briefing or lookup is
 * its cards under a heading, split into as many messages as {@link SlackLimits#MAX_BLOCKS} requires (a card is
 * never split unless it alone is too long). Every text from a feed is escaped and defused ({@link SlackText}).
 */
final class SlackRenderer {
  /** Who will see the message: the channel (a posted card) or only the user who asked (adds "Share in channel"). */
  public enum Audience {
    CHANNEL,
    EPHEMERAL
  }

  /** What an empty list or lookup says. */
  static final String NOTHING = "Nothing to show.";

  private SlackRenderer() {}

  /** The view as one or more messages, in order. */
  public static List<SlackMessage> render(View view, Audience audience) {
    boolean share = audience == Audience.EPHEMERAL;
    if (view instanceof StoryView s) return List.of(card(s, Set.of(), share));
    if (view instanceof BriefingView b) return briefing(b, share);
    if (view instanceof LookupView l) return lookup(l, share);
    if (view instanceof SectionView s) return List.of(SlackReplyBlocks.section(s));
    if (view instanceof SourcesView s) return SlackReplyBlocks.sources(s);
    if (view instanceof NoticeView n) return List.of(SlackReplyBlocks.notice(n));
    if (view instanceof InfoView i) return SlackReplyBlocks.info(i);
    throw new IllegalArgumentException("unknown view " + view.getClass().getName());
  }

  /** One story card showing its first section and the {@code expanded} ones. */
  public static SlackMessage card(StoryView s, Set<Integer> expanded, boolean shareable) {
    return SlackMessage.of(fallback(s), SlackCards.blocks(s, expanded, shareable));
  }

  /** "Title · Updated (N articles)", escaped: the notification text of a card. */
  static String fallback(StoryView s) {
    String prefix = s.banner().filter(b -> !b.isBlank()).map(b -> b.strip().split("\n", 2)[0] + ": ").orElse("");
    return SlackText.mrkdwnPrefix(prefix + s.title() + " \u00b7 " + s.updatedLine(), 1_000);
  }

  private static List<SlackMessage> briefing(BriefingView b, boolean share) {
    List<ObjectNode> head = new ArrayList<>();
    String text = "*" + SlackText.mrkdwnPrefix(b.heading(), 500) + "*";
    if (b.note().isPresent()) text += "\n" + SlackText.mrkdwnPrefix(b.note().get(), 2_000);
    if (b.stories().isEmpty() && b.note().isEmpty()) text += "\nNo new stories since the last briefing.";
    head.add(SlackBlocks.section(null, text));
    List<List<ObjectNode>> cards = new ArrayList<>();
    for (StoryView s : distinct(b.stories())) cards.add(SlackCards.blocks(s, Set.of(), share));
    return SlackMessagePacker.pack(SlackText.mrkdwnPrefix(b.heading(), 500), head, cards);
  }

  private static List<SlackMessage> lookup(LookupView l, boolean share) {
    if (l.stories().isEmpty()) {
      return List.of(SlackReplyBlocks.notice(NoticeView.info(l.emptyHint().isBlank() ? NOTHING : l.emptyHint())));
    }
    String heading = SlackText.mrkdwnPrefix(l.heading(), 500);
    List<ObjectNode> head = List.of(SlackBlocks.section(null, "*" + heading + "*"));
    List<List<ObjectNode>> cards = new ArrayList<>();
    for (StoryView s : distinct(l.stories())) cards.add(SlackCards.blocks(s, Set.of(), share));
    return SlackMessagePacker.pack(heading, head, cards);
  }

  /** Each story once: a story's block ids are unique only once per message, and Slack rejects repeats. */
  private static List<StoryView> distinct(List<StoryView> stories) {
    Set<Long> seen = new HashSet<>();
    return stories.stream().filter(s -> seen.add(s.storyId())).toList();
  }
}
