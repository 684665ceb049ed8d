package dev.herald.bot.discord;

import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Views to Discord messages: a pure function, the same input always giving the same payloads. A story is one message
 * (its card and buttons); a briefing or lookup is one message per story, the first carrying the heading as content;
 * long sections, source lists and info continue in further embeds and messages within Discord's limits
 * ({@link DiscordLimits}). Every message allows no mentions at all.
 */
final class DiscordRenderer {
  static final String NO_NEW_STORIES = "No new stories since the last briefing.";
  static final String NOTHING = "Nothing to show.";

  private DiscordRenderer() {}

  /** The messages showing {@code view}, in order; never empty. */
  public static List<MessageCreateData> render(View view) {
    if (view instanceof StoryView s) return List.of(story(s, Optional.empty()));
    if (view instanceof BriefingView b) return briefing(b);
    if (view instanceof LookupView l) return lookup(l);
    if (view instanceof SectionView s) return pack("", DiscordEmbeds.section(s));
    if (view instanceof SourcesView s) return pack("", DiscordEmbeds.sources(s));
    if (view instanceof InfoView i) return pack("", DiscordEmbeds.info(i));
    if (view instanceof NoticeView n) return List.of(message("", List.of(DiscordEmbeds.notice(n)), List.of()));
    throw new IllegalArgumentException("unknown view " + view.getClass().getName());
  }

  /** One story card as one message; {@code tag} marks it for {@link DiscordPublisher#findPosted}. */
  static MessageCreateData story(StoryView s, Optional<String> tag) {
    DiscordCards.Card card = DiscordCards.card(s, tag);
    return message("", List.of(card.embed()), card.rows());
  }

  private static List<MessageCreateData> briefing(BriefingView b) {
    String heading = "**" + DiscordText.fitMarkdown(b.heading(), 256) + "**"
        + b.note().map(n -> "\n" + DiscordText.fitMarkdown(n, 1024)).orElse("");
    if (b.stories().isEmpty()) {
      String text = b.note().isPresent() ? heading : heading + "\n" + NO_NEW_STORIES;
      return List.of(message(text, List.of(), List.of()));
    }
    return cards(heading, b.stories());
  }

  private static List<MessageCreateData> lookup(LookupView l) {
    if (l.stories().isEmpty()) {
      String hint = l.emptyHint().isBlank() ? NOTHING : l.emptyHint();
      return List.of(message("", List.of(DiscordEmbeds.notice(NoticeView.info(hint))), List.of()));
    }
    return cards("**" + DiscordText.fitMarkdown(l.heading(), 512) + "**", l.stories());
  }

  private static List<MessageCreateData> cards(String heading, List<StoryView> stories) {
    List<MessageCreateData> out = new ArrayList<>();
    for (StoryView s : stories) {
      DiscordCards.Card card = DiscordCards.card(s, Optional.empty());
      out.add(message(out.isEmpty() ? heading : "", List.of(card.embed()), card.rows()));
    }
    return out;
  }

  /** Embeds packed into as few messages as Discord allows (10 embeds and 6,000 characters each). */
  static List<MessageCreateData> pack(String content, List<MessageEmbed> embeds) {
    if (embeds.isEmpty()) return List.of(message(content.isEmpty() ? NOTHING : content, List.of(), List.of()));
    List<MessageCreateData> out = new ArrayList<>();
    List<MessageEmbed> current = new ArrayList<>();
    int length = 0;
    for (MessageEmbed e : embeds) {
      if (!current.isEmpty() && (current.size() == DiscordLimits.EMBEDS
          || length + e.getLength() > DiscordLimits.MESSAGE_EMBED_TOTAL)) {
        out.add(message(out.isEmpty() ? content : "", current, List.of()));
        current = new ArrayList<>();
        length = 0;
      }
      current.add(e);
      length += e.getLength();
    }
    out.add(message(out.isEmpty() ? content : "", current, List.of()));
    return out;
  }

  /** A message that can mention nobody: JDA's default would allow @everyone, users and roles. */
  static MessageCreateData message(String content, List<MessageEmbed> embeds, List<ActionRow> rows) {
    if (content.length() > DiscordLimits.CONTENT) throw new IllegalArgumentException("content too long");
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .build();
  }
}
