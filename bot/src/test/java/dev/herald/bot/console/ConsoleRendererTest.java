package dev.herald.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.testing.Golden;
import dev.herald.testing.SeedStory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console layout against golden files; the story is the reference briefing of notes/seed-briefing.txt. */
class ConsoleRendererTest {
  static final StoryView SEED = SeedStory.VIEW;

  @Test
  void aStoryFollowsTheReferenceLayout() {
    String text = ConsoleRenderer.render(SEED);
    Golden.assertMatches(getClass(), "story.txt", text);
    String[] lines = text.split("\n");
    assertEquals(SEED.title(), lines[0]);
    assertEquals("Updated (2 articles)", lines[1]);
    assertTrue(text.contains("\nSources (2 articles)\n[1] Yonhap: Lee tells Takaichi"), text);
  }

  @Test
  void aBriefingListsItsStories() {
    Golden.assertMatches(getClass(), "briefing.txt", ConsoleRenderer.render(
        new BriefingView("Daily briefing \u00b7 Friday 27 November", List.of(SEED), Optional.empty())));
  }

  @Test
  void anExpandedSectionListsOnlyTheSourcesItCites() {
    Golden.assertMatches(getClass(), "section.txt", ConsoleRenderer.render(new SectionView(SEED, 1)));
  }

  @Test
  void sourcesKeepTheNumbersUsedInTheText() {
    String text = ConsoleRenderer.render(new SourcesView(12, SEED.title(), SEED.sources(), true));
    Golden.assertMatches(getClass(), "sources.txt", text);
  }

  @Test
  void aLookupWithNoResultsPrintsItsHint() {
    assertEquals("Nothing matched.\n",
        ConsoleRenderer.render(new LookupView("volcano", "today", List.of(), "Nothing matched.")));
  }

  @Test
  void errorsAreOneLine() {
    assertEquals("error: Unknown command /x. Try /help for the list of commands.\n",
        ConsoleRenderer.render(NoticeView.error("Unknown command /x. Try /help for the list of commands.")));
  }

  @Test
  void feedTextCannotDriveTheTerminal() {
    StoryView hostile = new StoryView(1, 1, "Title\u001b[2J\u001b[31mRED\u0007 \u202E\u061c\u009b\u2028evil", 1, List.of("Out\rlet"),
        List.of(new Section("H\u001b]0;pwned\u0007", List.of(new Sentence("Text\u0000 here.", List.of(1))))),
        List.of(new Source(1, "a", "Out\rlet", "Head\u001bline", "", "")), Instant.EPOCH, Optional.empty(),
        Optional.empty());
    String text = ConsoleRenderer.render(hostile);
    assertFalse(text.chars().anyMatch(c -> c != '\n' && dev.herald.text.ControlChars.isControl(c)), text);
    assertTrue(text.startsWith("Title[2J[31mRED  evil\n"), text);
  }

  @Test
  void relatedStoriesAreNamedUnderTheSourcesOfTheCardTheSourceListAndALookup() {
    List<RelatedStory> related = List.of(new RelatedStory(698, "Iran holds drills in the Strait of Hormuz"),
        new RelatedStory(722, "Russia-Ukraine talks\u001b[31m in Geneva"));
    // the escape character is dropped, so the colour code is inert text
    String line = "Related: #698 Iran holds drills in the Strait of Hormuz \u00b7 #722 Russia-Ukraine talks[31m in "
        + "Geneva\n";
    String card = ConsoleRenderer.render(SEED.withRelated(related));
    assertTrue(card.contains(line + "(story #" + SEED.storyId() + ":"), card);
    String sources = ConsoleRenderer.render(new SourcesView(12, SEED.title(), SEED.sources(), true, related));
    assertTrue(sources.endsWith(line), sources);
    String lookup = ConsoleRenderer.render(new LookupView("iran", "today", List.of(SEED.withRelated(related)), ""));
    assertTrue(lookup.contains("\n  " + line), lookup);
    assertFalse(ConsoleRenderer.render(SEED).contains("Related:"), "no line without related stories");
  }
}
