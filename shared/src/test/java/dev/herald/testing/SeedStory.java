package dev.herald.testing;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.StoryView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reference briefing of notes/seed-briefing.txt as a view: one outlet, three sections, two sources (one URL with
 * an {@code &} to escape). Every renderer's golden tests start from it.
 */
public final class SeedStory {
  public static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");

  public static final StoryView VIEW = new StoryView(12, 2,
      "South Korea and Japan Commit to Deepened Cooperation and Humanitarian Dialogue on Historical Issues", 2,
      List.of("Yonhap"),
      List.of(
          new Section("Lee and Takaichi Emphasize Heightened Bilateral Cooperation", List.of(
              new Sentence("President Lee conveyed to Japanese Minister Takaichi that strengthening overall"
                  + " cooperation between South Korea and Japan is now more critical than ever.", List.of(1)),
              new Sentence("The Blue House echoed this sentiment, announcing that the two leaders will work"
                  + " together to expand humanitarian collaboration.", List.of(2)))),
          new Section("Humanitarian Channels Target Historical Grievances Between Nations", List.of(
              new Sentence("The joint effort will use humanitarian programs as a conduit to address lingering"
                  + " historical disputes dating back to the wartime period.", List.of(2)),
              new Sentence("Both governments aim to create a less contentious platform for dialogue.",
                  List.of(1, 2)))),
          new Section("Details Remain Vague, No Concrete Timeline Announced", List.of(
              new Sentence("Neither article provides a specific timetable, milestones, or concrete measures for the"
                  + " proposed cooperation.", List.of(1, 2))))),
      List.of(
          new Source(1, "a1", "Yonhap",
              "Lee tells Takaichi cooperation between South Korea and Japan more important than ever",
              "President Lee stresses the need to deepen overall cooperation.", "https://yonhap.example/1"),
          new Source(2, "a2", "Yonhap",
              "Blue House says Lee and Japan's Takaichi to bolster humanitarian cooperation to resolve historical"
                  + " issues", "The two leaders will expand humanitarian collaboration.",
              "https://yonhap.example/2?a=1&b=2")),
      AT, Optional.empty(), Optional.empty());

  private SeedStory() {}

  /** The seed story's sections and sources as card {@code id} titled {@code title}, naming {@code related}. */
  public static StoryView card(long id, String title, RelatedStory... related) {
    return new StoryView(id, 1, title, VIEW.articleCount(), VIEW.outlets(), VIEW.sections(), VIEW.sources(),
        VIEW.updatedAt(), Optional.empty(), Optional.empty(), "", List.of(related));
  }
}
