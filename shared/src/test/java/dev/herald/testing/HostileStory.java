package dev.herald.testing;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A story whose feed text lies and formats: a headline that is a URL to another site, an outlet (a feed named after a
 * URL) with no headline, a link with user info, and mrkdwn/markdown in every text field. Every renderer must show it
 * without a link whose text names another place, and without the feed's formatting taking effect.
 */
public final class HostileStory {
  /** What the label claims. */
  public static final String CLAIMED = "https://www.bank.example/secure-login";
  /** Where the link really goes. */
  public static final String TARGET = "https://evil.example/phish";
  /** A URL with user info: names good.example, goes to evil.example. */
  public static final String USERINFO = "https://good.example@evil.example/";
  static final String FORMATTED = "*Bold* _italic_ ~strike~ `code` ```block```";

  public static final StoryView VIEW = new StoryView(77, 1, "Title " + FORMATTED, 3,
      List.of("Outlet *star*", CLAIMED, "Userinfo Wire"),
      List.of(
          new Section("> Heading " + FORMATTED, List.of(
              new Sentence("> Quoted sentence " + FORMATTED + ".", List.of(1, 2)),
              new Sentence("Second sentence with _under_ and a > sign.", List.of(3)))),
          new Section("Second " + FORMATTED, List.of(new Sentence("> Another " + FORMATTED + ".", List.of(2))))),
      List.of(
          new Source(1, "h1", "Outlet *star*", CLAIMED, "> Description " + FORMATTED, TARGET),
          new Source(2, "h2", CLAIMED, "", "", TARGET),
          new Source(3, "h3", "Userinfo Wire", "Good headline", "", USERINFO)),
      Instant.parse("2026-11-27T08:00:00Z"), Optional.of("> Banner " + FORMATTED), Optional.empty());

  private HostileStory() {}

  /** A related story's title, feed text like any other: formatting and a markdown link that must stay inert. */
  public static final List<RelatedStory> RELATED = List.of(
      new RelatedStory(78, "> Related " + FORMATTED + " [" + CLAIMED + "](" + TARGET + ")"));

  /**
   * The card, its sources and each expanded section, each also naming a related story: every view a channel can get
   * for the story.
   */
  public static List<View> views() {
    return List.of(VIEW, new SourcesView(VIEW.storyId(), VIEW.title(), VIEW.sources(), false),
        new SectionView(VIEW, 0), new SectionView(VIEW, 1), VIEW.withRelated(RELATED),
        new SourcesView(VIEW.storyId(), VIEW.title(), VIEW.sources(), false, RELATED));
  }
}
