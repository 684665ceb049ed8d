package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.model.Section;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.render.BriefingView;
import dev.herald.render.LookupView;
import dev.herald.render.SectionView;
import dev.herald.render.StoryView;
import dev.herald.render.Views;
import dev.herald.store.Stores;
import dev.herald.stories.Lookup;
import dev.herald.stories.RelatedStories;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryRanker;
import dev.herald.stories.StoryVisibility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /brief}, {@code /sources} and {@code /expand}: read-only answers from the store. */
final class StoryCommands {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private final Stores stores;
  private final StoryFinder finder;
  private final StoryRanker ranker;
  private final StoryVisibility visibility;
  private final StoryResolver resolver;
  private final RelatedStories related;
  private final ChatSettings settings;
  private final Clock clock;

  StoryCommands(Stores stores, StoryFinder finder, StoryRanker ranker, StoryVisibility visibility,
      ChatSettings settings, Clock clock) {
    this.stores = stores;
    this.finder = finder;
    this.ranker = ranker;
    this.visibility = visibility;
    this.resolver = new StoryResolver(stores, finder, visibility);
    this.related = new RelatedStories(stores.stories(), stores.summaries());
    this.settings = settings;
    this.clock = clock;
  }

  ChatReply brief(WorkspaceKey workspace, String query, ZoneId zone) {
    if (query.isEmpty()) return ChatReply.privately(topStories(workspace, zone));
    StoryResolver.Matches matches = resolver.lookup(workspace, query, zone, settings.briefingStories());
    Lookup lookup = matches.lookup();
    List<StoryView> views = matches.found().stream()
        .map(f -> Views.story(f.story(), f.summary(), related.of(f.story().id(), visibility, workspace))).toList();
    String terms = ChatCommandParser.shorten(lookup.terms().isEmpty() ? query : lookup.terms());
    boolean narrowed = !lookup.terms().isEmpty() && !lookup.terms().equals(query);
    String hint = "Nothing matched \u201c" + ChatCommandParser.shorten(query) + "\u201d (" + lookup.period()
        + "). Try fewer words, " + (narrowed ? "the whole archive with /brief " + terms
            : "a period such as /brief " + terms + " this week") + ", or /herald topics.";
    return ChatReply.privately(new LookupView(lookup.terms(), lookup.period(), views, hint,
        Math.max(views.size(), lookup.total())));
  }

  /** The best stories of the briefing window, whether or not the channel saw them. */
  private BriefingView topStories(WorkspaceKey workspace, ZoneId zone) {
    Instant now = clock.instant();
    List<Story> candidates = stores.stories().activeSince(now.minus(settings.briefingWindow())).stream()
        .filter(s -> !s.newestArticleAt().isAfter(now))
        .filter(s -> visibility.visibleTo(workspace, s.id()))
        .toList();
    List<StoryView> views = new ArrayList<>();
    for (Story s : ranker.rank(candidates, now)) {
      if (views.size() == settings.briefingStories()) break;
      stores.summaries().latest(s.id(), workspace)
          .ifPresent(summary -> views.add(Views.story(s, summary, related.of(s.id(), visibility, workspace))));
    }
    String heading = "Top stories \u00b7 " + DAY.format(ZonedDateTime.ofInstant(now, zone));
    Optional<String> note = views.isEmpty()
        ? Optional.of("No stories in the last " + settings.briefingWindow().toHours()
            + " hours yet. Feeds are checked every few minutes; try /brief <topic> this week.")
        : Optional.empty();
    return new BriefingView(heading, views, note);
  }

  ChatReply sources(ChannelKey channel, Actor actor, String ref, ZoneId zone) {
    StoryResolver.Result r = resolver.resolve(channel, actor, ref, zone);
    if (r.found().isEmpty()) return ChatReply.error(r.reason());
    StorySummary summary = r.found().get().summary();
    return ChatReply.privately(
        Views.sources(summary, related.of(summary.storyId(), visibility, channel.workspace())));
  }

  ChatReply expand(ChannelKey channel, Actor actor, String ref, String sectionRef, ZoneId zone) {
    StoryResolver.Result r = resolver.resolve(channel, actor, ref, zone);
    if (r.found().isEmpty()) return ChatReply.error(r.reason());
    StorySummary summary = r.found().get().summary();
    SectionMatcher.Match match = SectionMatcher.find(summary.sections(), sectionRef);
    if (match.index().isEmpty()) return ChatReply.error(noSection(summary, sectionRef, match));
    return ChatReply.privately(new SectionView(Views.story(r.found().get().story(), summary), match.index().get()));
  }

  /** Why no section matched, and what the story's sections are. */
  private static String noSection(StorySummary summary, String ref, SectionMatcher.Match match) {
    long id = summary.storyId();
    int n = summary.sections().size();
    String why;
    if (ref.matches("#?\\d{1,3}")) {
      why = "Story #" + id + " has " + (n == 1 ? "one section" : "sections 1 to " + n) + ".";
    } else if (!match.unmatched().isEmpty()) {
      why = "No section heading of story #" + id + " has "
          + quoteAll(match.unmatched().stream().map(ChatCommandParser::shorten).toList()) + ".";
    } else {
      why = "No one section heading of story #" + id + " has all of \u201c" + ChatCommandParser.shorten(ref)
          + "\u201d.";
    }
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      headings.add((i + 1) + " " + ChatCommandParser.shorten(summary.sections().get(i).heading()));
    }
    return why + " Sections: " + String.join(" \u00b7 ", headings) + ". Try /expand " + id + " 1.";
  }

  private static String quoteAll(List<String> words) {
    List<String> quoted = words.stream().map(w -> "\u201c" + w + "\u201d").toList();
    if (quoted.size() == 1) return quoted.get(0);
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }
}
