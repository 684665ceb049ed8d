package dev.herald.bot.console;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.Phrases;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders views as terminal text in the reference layout of a briefing: the story title, {@code Updated (N
 * articles)}, each section heading followed by its paragraph with {@code [n]} citations, then {@code Sources (N
 * articles)} with the cited sources as {@code [n] Outlet: headline: description} and "and N more from M outlets" for
 * the rest, which {@code /sources} lists. A pure function; every feed text is cleaned of terminal
 * control characters.
 */
public final class ConsoleRenderer {
  static final String RULE = "-".repeat(72);

  private ConsoleRenderer() {}

  public static String render(View view) {
    StringBuilder out = new StringBuilder();
    if (view instanceof BriefingView b) briefing(out, b);
    else if (view instanceof StoryView s) story(out, s);
    else if (view instanceof SectionView s) section(out, s);
    else if (view instanceof SourcesView s) sources(out, s);
    else if (view instanceof LookupView l) lookup(out, l);
    else if (view instanceof NoticeView n) notice(out, n);
    else if (view instanceof InfoView i) info(out, i);
    else throw new IllegalArgumentException("unknown view " + view.getClass().getName());
    return out.toString();
  }

  private static void briefing(StringBuilder out, BriefingView b) {
    out.append("=== ").append(b.heading()).append(" ===\n");
    b.note().ifPresent(n -> out.append(n).append('\n'));
    if (b.stories().isEmpty() && b.note().isEmpty()) out.append("No new stories since the last briefing.\n");
    for (StoryView s : b.stories()) {
      out.append('\n');
      story(out, s);
      out.append(RULE).append('\n');
    }
  }

  static void story(StringBuilder out, StoryView s) {
    s.banner().ifPresent(b -> out.append(">> ").append(clean(b)).append('\n'));
    out.append(clean(s.title())).append('\n');
    out.append(s.updatedLine()).append('\n');
    s.change().ifPresent(c -> out.append("What changed: ").append(clean(c)).append('\n'));
    if (s.singleOutlet()) out.append(Phrases.singleOutlet(clean(s.outlets().get(0)))).append('\n');
    for (Section sec : s.sections()) {
      out.append('\n').append(clean(sec.heading())).append('\n').append(clean(sec.text())).append('\n');
    }
    out.append('\n').append(Phrases.sources(s.sources().size())).append('\n');
    for (Source src : s.citedSources()) sourceLine(out, src);
    s.moreSources().ifPresent(m -> out.append(m).append('\n'));
    related(out, "", s.related());
    out.append("(story #").append(s.storyId()).append(": /sources ").append(s.storyId()).append(", /expand ")
        .append(s.storyId()).append(" <section>)\n");
  }

  private static void section(StringBuilder out, SectionView v) {
    StoryView s = v.story();
    Section sec = v.section();
    out.append(clean(s.title())).append('\n');
    out.append(s.updatedLine()).append(" \u00b7 section ").append(v.index() + 1).append(" of ")
        .append(s.sections().size()).append('\n');
    out.append('\n').append(clean(sec.heading())).append('\n').append(clean(sec.text())).append('\n');
    Set<Integer> cited = new TreeSet<>(sec.citations());
    out.append('\n').append("Cited here:\n");
    for (int n : cited) sourceLine(out, s.sources().get(n - 1));
  }

  private static void sources(StringBuilder out, SourcesView v) {
    out.append(v.heading()).append(" \u00b7 ").append(clean(v.title())).append('\n');
    if (v.singleOutlet() && !v.sources().isEmpty()) {
      out.append(Phrases.singleOutlet(clean(v.sources().get(0).outlet()))).append('\n');
    }
    for (Source src : v.sources()) {
      sourceLine(out, src);
      if (!src.url().isEmpty()) out.append("    ").append(clean(src.url())).append('\n');
    }
    related(out, "", v.related());
  }

  /** The "Related: #n title · ..." line, when there are related stories. */
  private static void related(StringBuilder out, String indent, List<RelatedStory> related) {
    if (!related.isEmpty()) out.append(indent).append(Phrases.related(related, ConsoleRenderer::clean)).append('\n');
  }

  private static void lookup(StringBuilder out, LookupView v) {
    if (v.stories().isEmpty()) {
      out.append(clean(v.emptyHint())).append('\n');
      return;
    }
    out.append(clean(v.heading())).append('\n');
    for (StoryView s : v.stories()) {
      out.append('\n').append('#').append(s.storyId()).append(' ').append(clean(s.title())).append('\n');
      out.append("  ").append(s.updatedLine()).append(" \u00b7 ")
          .append(clean(String.join(", ", s.outlets()))).append('\n');
      out.append("  ").append(clean(s.sections().get(0).sentences().get(0).render())).append('\n');
      related(out, "  ", s.related());
    }
    out.append("\n/sources <story> for the sources, /expand <story> <section> to read more.\n");
  }

  private static void notice(StringBuilder out, NoticeView n) {
    String prefix = switch (n.level()) {
      case ERROR -> "error: ";
      case WARNING -> "warning: ";
      case SUCCESS -> "done: ";
      case INFO -> "";
    };
    out.append(prefix).append(clean(n.text())).append('\n');
  }

  private static void info(StringBuilder out, InfoView v) {
    out.append(clean(v.title())).append('\n');
    for (InfoView.Block b : v.blocks()) {
      if (!b.heading().isEmpty()) out.append('\n').append(clean(b.heading())).append('\n');
      for (String line : b.lines()) out.append("  ").append(clean(line)).append('\n');
    }
  }

  /** {@code [n] Outlet: headline: description}, the reference source line. */
  private static void sourceLine(StringBuilder out, Source s) {
    out.append('[').append(s.n()).append("] ").append(clean(s.outlet()));
    if (!s.headline().isEmpty()) out.append(": ").append(clean(s.headline()));
    if (!s.description().isEmpty()) out.append(": ").append(clean(s.description()));
    out.append('\n');
  }

  private static String clean(String s) {
    return TerminalText.clean(s);
  }
}
