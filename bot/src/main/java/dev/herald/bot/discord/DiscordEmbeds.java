package dev.herald.bot.discord;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.InfoView;
import dev.herald.render.Links;
import dev.herald.render.NoticeView;
import dev.herald.render.Phrases;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import java.awt.Color;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Embeds for expanded sections, source lists, info and notices. Long content continues in further embeds (the
 * renderer packs them into messages): text is split between sentences, source entries and lines, never inside one.
 */
final class DiscordEmbeds {
  static final Color INFO = new Color(0x4a5568);
  static final Color SUCCESS = new Color(0x2f855a);
  static final Color WARNING = new Color(0xc05621);
  static final Color ERROR = new Color(0xc53030);
  /** One source entry at most; a longer description is cut. */
  static final int ENTRY_MAX = 900;

  private DiscordEmbeds() {}

  /** A section in full, then the sources it cites, as links. */
  static List<MessageEmbed> section(SectionView v) {
    Section sec = v.section();
    String title = DiscordText.fitMarkdown(v.story().title(), DiscordLimits.TITLE);
    String head = "**" + DiscordText.fitMarkdown(sec.heading(), 256) + "** \u00b7 section " + (v.index() + 1) + " of "
        + v.story().sections().size() + "\n";
    List<String> parts = new ArrayList<>();
    for (Sentence s : sec.sentences()) {
      String text = DiscordText.sentence(s);
      parts.add(text.length() <= DiscordLimits.DESCRIPTION / 2 ? text
          : DiscordCards.fitSentence(s, DiscordLimits.DESCRIPTION / 2));
    }
    List<String> chunks = chunks(parts, " ", DiscordLimits.DESCRIPTION - head.length() - title.length());
    List<MessageEmbed> out = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      EmbedBuilder e = new EmbedBuilder().setColor(DiscordCards.COLOR)
          .setDescription(i == 0 ? head + chunks.get(i) : chunks.get(i));
      if (i == 0 && !title.isBlank()) e.setTitle(title);
      out.add(e.build());
    }
    List<String> cited = new ArrayList<>();
    for (int n : new TreeSet<>(sec.citations())) cited.add(entry(v.story().sources().get(n - 1)));
    List<String> values = chunks(cited, "\n", DiscordLimits.FIELD_VALUE);
    EmbedBuilder last = new EmbedBuilder().setColor(DiscordCards.COLOR)
        .setFooter("story #" + v.story().storyId() + " \u00b7 " + v.story().updatedLine());
    for (int i = 0; i < values.size() && i < DiscordLimits.FIELDS; i++) {
      last.addField(i == 0 ? "Cited here" : "Cited here (continued)", values.get(i), false);
    }
    out.add(last.build());
    return out;
  }

  /** The story's numbered sources, each a link to the article when it has an http(s) URL. */
  static List<MessageEmbed> sources(SourcesView v) {
    String title = v.heading();
    List<String> parts = new ArrayList<>();
    parts.add("**" + DiscordText.fitMarkdown(v.title(), 512) + "**");
    if (v.singleOutlet() && !v.sources().isEmpty()) {
      parts.add(DiscordText.markdown(Phrases.singleOutlet(v.sources().get(0).outlet())));
    }
    for (Source s : v.sources()) parts.add(entry(s));
    if (!v.related().isEmpty()) parts.add("**" + DiscordCards.RELATED + ":** " + DiscordCards.related(v.related()));
    List<String> chunks = chunks(parts, "\n", DiscordLimits.DESCRIPTION);
    List<MessageEmbed> out = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      EmbedBuilder e = new EmbedBuilder().setColor(DiscordCards.COLOR).setDescription(chunks.get(i));
      if (i == 0 && !title.isBlank()) e.setTitle(title);
      if (i == chunks.size() - 1) e.setFooter("story #" + v.storyId());
      out.add(e.build());
    }
    return out;
  }

  /**
   * {@code **[1]** [Outlet: headline](url) — description}; without a usable link the label is plain text. Outlet and
   * headline each must not name another place than the link ({@link Links#label}): a feed named after a URL, or a
   * headline that is one, shows the link's own host instead.
   */
  static String entry(Source s) {
    String plain = s.outlet() + (s.headline().isEmpty() ? "" : ": " + s.headline());
    String linked = DiscordText.link(s.url(), DiscordLimits.EMBED_URL - 100)
        .map(url -> {
          URI target = URI.create(url);
          String label = Links.label(s.outlet(), target)
              + (s.headline().isEmpty() ? "" : ": " + Links.label(s.headline(), target));
          return "[" + DiscordText.fitMarkdown(label, 300) + "](" + url + ")";
        })
        .orElse(DiscordText.fitMarkdown(plain, 300));
    String head = "**[" + s.n() + "]** " + linked;
    if (s.description().isBlank()) return head;
    int room = ENTRY_MAX - head.length() - 3;
    return room < 20 ? head : head + " \u2014 " + DiscordText.fitMarkdown(s.description(), room);
  }

  /** A titled list: a field per block, continued in further fields and embeds when long. */
  static List<MessageEmbed> info(InfoView v) {
    List<MessageEmbed> out = new ArrayList<>();
    EmbedBuilder e = new EmbedBuilder().setColor(INFO);
    String title = DiscordText.fitMarkdown(v.title(), DiscordLimits.TITLE);
    if (!title.isBlank()) e.setTitle(title);
    for (InfoView.Block b : v.blocks()) {
      List<String> lines = b.lines().stream().map(l -> DiscordText.fitMarkdown(l, DiscordLimits.FIELD_VALUE)).toList();
      List<String> values = chunks(lines, "\n", DiscordLimits.FIELD_VALUE);
      String name = b.heading().isEmpty() ? "\u200b" : DiscordText.fitMarkdown(b.heading(), DiscordLimits.FIELD_NAME - 16);
      for (int i = 0; i < values.size(); i++) {
        String n = i == 0 ? name : (b.heading().isEmpty() ? "\u200b" : name + " (continued)");
        if (e.getFields().size() == DiscordLimits.FIELDS
            || e.length() + n.length() + values.get(i).length() > DiscordLimits.MESSAGE_EMBED_TOTAL) {
          out.add(e.build());
          e = new EmbedBuilder().setColor(INFO);
        }
        e.addField(n, values.get(i), false);
      }
    }
    if (!e.isEmpty()) out.add(e.build());
    return out;
  }

  static MessageEmbed notice(NoticeView n) {
    Color color = switch (n.level()) {
      case INFO -> INFO;
      case SUCCESS -> SUCCESS;
      case WARNING -> WARNING;
      case ERROR -> ERROR;
    };
    String icon = switch (n.level()) {
      case INFO -> "\u2139\ufe0f ";
      case SUCCESS -> "\u2705 ";
      case WARNING -> "\u26a0\ufe0f ";
      case ERROR -> "\u274c ";
    };
    return new EmbedBuilder().setColor(color)
        .setDescription(icon + DiscordText.fitMarkdown(n.text(), DiscordLimits.DESCRIPTION - icon.length())).build();
  }

  /**
   * Whole parts joined by {@code separator} into chunks of at most {@code max} units; a part longer than {@code max}
   * (callers prevent it) is cut with an ellipsis rather than lost.
   */
  static List<String> chunks(List<String> parts, String separator, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      String p = part.length() <= max ? part : DiscordText.cut(part, max);
      if (sb.length() > 0 && sb.length() + separator.length() + p.length() > max) {
        out.add(sb.toString());
        sb.setLength(0);
      }
      if (sb.length() > 0) sb.append(separator);
      sb.append(p);
    }
    if (sb.length() > 0) out.add(sb.toString());
    return out;
  }
}
