package dev.herald.bot.discord;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.render.Phrases;
import dev.herald.render.StoryView;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The story card: an embed with the banner as author, the title, {@code Updated (N articles)} (with the single-outlet
 * warning and the change line when they apply), the first section, the related stories as a field and a footer of the
 * cited sources ("[1] Harbor Times · [2] Pacific Daily · and 2 more from 2 outlets"); below it one button per further
 * section and "Sources". Pure; every feed text goes through {@link DiscordText}.
 */
final class DiscordCards {
  static final Color COLOR = new Color(0x2b6cb0);
  /** The footer of a card is capped well below Discord's 2,048 so that the first section keeps its room. */
  static final int FOOTER_MAX = 512;
  static final String RELATED = "Related";
  static final String SHORTENED = " *(shortened: the whole section is behind its button)*";

  private DiscordCards() {}

  /** A card and its button rows; {@code tag}, when present, marks the Sources button for findPosted. */
  static Card card(StoryView s, Optional<String> tag) {
    EmbedBuilder e = new EmbedBuilder().setColor(COLOR).setTimestamp(s.updatedAt());
    String author = s.banner().map(b -> DiscordText.fitPlain(b, DiscordLimits.AUTHOR)).orElse("");
    if (!author.isBlank()) e.setAuthor(author);
    String title = DiscordText.fitMarkdown(s.title(), DiscordLimits.TITLE);
    if (!title.isBlank()) e.setTitle(title);
    List<String> cited = new ArrayList<>(s.citedLabels());
    s.moreSources().ifPresent(cited::add);
    String footer = DiscordText.fitPlain(String.join(" \u00b7 ", cited), FOOTER_MAX - 16) + " \u00b7 story #"
        + s.storyId();
    e.setFooter(footer);
    if (!s.imageUrl().isEmpty() && s.imageUrl().length() <= DiscordLimits.EMBED_URL) e.setThumbnail(s.imageUrl());

    StringBuilder head = new StringBuilder("**").append(s.updatedLine()).append("**");
    if (s.singleOutlet()) head.append(" \u00b7 ").append(DiscordText.markdown(Phrases.singleOutlet(s.outlets().get(0))));
    s.change().ifPresent(c -> head.append("\n*What changed:* ").append(DiscordText.fitMarkdown(c, 512)));
    Section first = s.sections().get(0);
    head.append("\n\n**").append(DiscordText.fitMarkdown(first.heading(), 256)).append("**\n");
    int authorLength = author.length();
    String related = related(s.related());
    if (!related.isEmpty()) e.addField(RELATED, related, false);
    int relatedLength = related.isEmpty() ? 0 : RELATED.length() + related.length();
    int budget = Math.min(DiscordLimits.DESCRIPTION, DiscordLimits.MESSAGE_EMBED_TOTAL - title.length()
        - footer.length() - authorLength - relatedLength) - head.length();
    Paragraph p = paragraph(first.sentences(), budget, SHORTENED);
    e.setDescription(head + p.text());
    return new Card(e.build(), rows(s, p.shortened(), tag));
  }

  /** {@code #645 Title · #698 Title}, each title escaped and cut to 200 characters: under a field's 1,024. */
  static String related(List<RelatedStory> related) {
    if (related.isEmpty()) return "";
    return Phrases.related(related, t -> DiscordText.fitMarkdown(t, 200)).substring("Related: ".length());
  }

  /** The card's buttons: "Expand: heading" for each further section (and the first when it was cut), "Sources". */
  static List<ActionRow> rows(StoryView s, boolean firstShortened, Optional<String> tag) {
    List<Button> buttons = new ArrayList<>();
    int maxExpand = DiscordLimits.ACTION_ROWS * DiscordLimits.BUTTONS_PER_ROW - 1;
    for (int i = firstShortened ? 0 : 1; i < s.sections().size() && buttons.size() < maxExpand; i++) {
      buttons.add(Button.secondary(DiscordCustomId.expand(s.storyId(), i).encode(),
          DiscordText.fitPlain("Expand: " + s.sections().get(i).heading(), DiscordLimits.BUTTON_LABEL)));
    }
    DiscordCustomId sources = DiscordCustomId.sources(s.storyId());
    buttons.add(Button.primary(tag.map(sources::withTag).orElse(sources).encode(), "Sources"));
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += DiscordLimits.BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
    }
    return rows;
  }

  /**
   * Sentences joined with spaces, as many whole sentences as fit in {@code budget} units. A sentence is never cut
   * unless it alone is too long, and then only its words: its citation markers stay whole. When sentences were left
   * out, {@code more} is appended (its room is kept).
   */
  static Paragraph paragraph(List<Sentence> sentences, int budget, String more) {
    StringBuilder sb = new StringBuilder();
    int room = budget - more.length();
    for (int i = 0; i < sentences.size(); i++) {
      String text = DiscordText.sentence(sentences.get(i));
      int need = text.length() + (sb.length() == 0 ? 0 : 1);
      boolean last = i == sentences.size() - 1;
      if (sb.length() + need <= (last ? budget : room)) {
        if (sb.length() > 0) sb.append(' ');
        sb.append(text);
        continue;
      }
      if (sb.length() == 0) sb.append(fitSentence(sentences.get(i), room));
      return new Paragraph(sb + more, true);
    }
    return new Paragraph(sb.toString(), false);
  }

  /** One over-long sentence cut to {@code max} units: its words shortened, its markers kept. */
  static String fitSentence(Sentence s, int max) {
    String markers = s.citations().isEmpty() ? "" : " " + dev.herald.model.Citations.markers(s.citations());
    return DiscordText.fitMarkdown(s.text(), Math.max(1, max - markers.length())) + markers;
  }

  /** A paragraph and whether sentences were left out or cut. */
  record Paragraph(String text, boolean shortened) {}

  /** An embed with its buttons. */
  record Card(MessageEmbed embed, List<ActionRow> rows) {}
}
