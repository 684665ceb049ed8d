package dev.herald.bot.slack;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.StoryView;
import dev.herald.testing.SeedStory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Views for Slack tests: the reference story of notes/seed-briefing.txt, and a hostile one. */
final class SlackViews {
  static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");

  private SlackViews() {}

  /** The reference story (shared with the other renderers' tests). */
  static StoryView seed() {
    return SeedStory.VIEW;
  }

  /** {@code n} copies of the reference story as stories 1 to n (a view shows a story once). */
  static List<StoryView> seeds(int n) {
    StoryView s = seed();
    return java.util.stream.LongStream.rangeClosed(1, n)
        .mapToObj(id -> new StoryView(id, s.version(), s.title(), s.articleCount(), s.outlets(), s.sections(),
            s.sources(), s.updatedAt(), s.banner(), s.change()))
        .toList();
  }

  /** Every feed field tries to ping, link or break out of formatting. */
  static StoryView hostile() {
    String ping = "<!channel> <!here|here> <!everyone> <@U0ADMIN> <!subteam^S012|@team> @channel @here"
        + " @everyone <#C0GENERAL> <https://evil.example|click> &amp; a<b>c";
    return new StoryView(66, 1, "Breaking " + ping, 3, List.of("Evil <@U0ADMIN> Wire", "Other"),
        List.of(new Section("Heading " + ping, List.of(new Sentence("Body " + ping + ".", List.of(1, 2)))),
            new Section("More " + ping, List.of(new Sentence("Again " + ping, List.of(2))))),
        List.of(new Source(1, "x1", "Evil <!channel> Wire", "Headline " + ping, "Description " + ping,
                "javascript:alert(1)"),
            new Source(2, "x2", "Other @here", "Second " + ping, "", "https://ok.example/a|b>c")),
        AT, Optional.of("Banner " + ping), Optional.of("Change " + ping));
  }
}
