package dev.herald.bot.discord;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.StoryView;
import dev.herald.testing.SeedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-written views for the Discord tests: the reference story, a three-outlet story and hostile feed text. */
final class DiscordFixtures {
  static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");

  /** The reference briefing of notes/seed-briefing.txt: one outlet, two sections. */
  static final StoryView SEED = SeedStory.VIEW;

  /** Three outlets, three sections. */
  static final StoryView RAIL = new StoryView(31, 4, "Rail strike called off after overnight talks", 3,
      List.of("Harbor Times", "Techline", "Northwind Wire"),
      List.of(
          new Section("Deal reached", List.of(
              new Sentence("Unions and operators agreed a two-year pay deal shortly before dawn.", List.of(1, 2)),
              new Sentence("Trains will run normally from Monday.", List.of(3)))),
          new Section("What the deal includes", List.of(
              new Sentence("The offer raises pay by 4% this year and 3% next year.", List.of(2)))),
          new Section("Reactions", List.of(
              new Sentence("Commuter groups welcomed the news but asked for compensation for earlier cancellations.",
                  List.of(3))))),
      List.of(
          new Source(1, "r1", "Harbor Times", "Rail strike off", "Talks ended at 5am.", "https://harbor.example/r1"),
          new Source(2, "r2", "Techline", "Pay deal ends rail dispute", "", "https://techline.example/r2"),
          new Source(3, "r3", "Northwind Wire", "Trains back Monday", "Operators confirm timetables.",
              "http://northwind.example/r3")),
      AT.plusSeconds(3600), Optional.empty(), Optional.empty());

  /** Feed text that tries to ping, format, link and break out. */
  static final StoryView HOSTILE = new StoryView(66, 1,
      "@everyone **BREAKING** <@123456789012345678> [click me](https://evil.example) ||spoiler||", 2,
      List.of("@here News", "<@&222222222222222222> Daily"),
      List.of(
          new Section("# Heading <#333333333333333333>", List.of(
              new Sentence("Hey @everyone and @Here, see <@!444444444444444444> and `code` now.", List.of(1)),
              new Sentence("> quoted [link](javascript:alert(1)) text.", List.of(2)))),
          new Section("@everyone section", List.of(new Sentence("Second section text.", List.of(1))))),
      List.of(
          new Source(1, "h1", "@here News", "Ping <@&222222222222222222>", "@everyone look",
              "javascript:alert(document.cookie)"),
          new Source(2, "h2", "<@&222222222222222222> Daily", "Fine headline", "",
              "https://ok.example/a_(b)")),
      AT, Optional.empty(), Optional.empty());

  /** A story far past every limit: a long title, many outlets, long sentences, thirty sections. */
  static StoryView huge() {
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      List<Sentence> sentences = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        sentences.add(new Sentence("Sentence " + i + " of section " + s + " says a great deal about *things* "
            + "\ud83d\ude00 ".repeat(10) + "and more words_here.", List.of(1 + (i % 3), 4)));
      }
      sentences.add(new Sentence("x".repeat(5000) + " end.", List.of(2)));
      sections.add(new Section("Section heading number " + s + " which is rather long indeed, longer than labels",
          sentences));
    }
    List<String> outlets = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      outlets.add("Outlet number " + i);
      sources.add(new Source(i, "a" + i, "Outlet number " + i, "Headline " + i + " ".repeat(3) + "y".repeat(400),
          "Description ".repeat(100), "https://outlet" + i + ".example/" + "p".repeat(300)));
    }
    return new StoryView(99, 7, "T\ud83d\ude00".repeat(300), 60, outlets, sections, sources, AT,
        Optional.of("Banner ".repeat(100)), Optional.of("Change ".repeat(200)));
  }

  private DiscordFixtures() {}
}
