package dev.herald.chat;

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
  private final ChatSettings settings;
  private final Clock clock;

  StoryCommands(Stores stores, StoryFinder finder, StoryRanker ranker, StoryVisibility visibility,
      ChatSettings settings, Clock clock) {
    this.stores = stores;
    this.finder = finder;
    this.ranker = ranker;
    this.visibility = visibility;
    this.resolver = new StoryResolver(stores, finder, visibility);
    this.settings = settings;
    this.clock = clock;
  }

  ChatReply brief(WorkspaceKey workspace, String query, ZoneId zone) {
    if (query.isEmpty()) return ChatReply.privately(topStories(workspace, zone));
    StoryResolver.Matches matches = resolver.lookup(workspace, query, zone, settings.briefingStories());
    Lookup lookup = matches.lookup();
    List<StoryView> views = matches.found().stream().map(f -> Views.story(f.story(), f.summary())).toList();
    String terms = ChatCommandParser.shorten(lookup.terms().isEmpty() ? query : lookup.terms());
    boolean narrowed = !lookup.terms().isEmpty() && !lookup.terms().equals(query);
    String hint = "Nothing matched \u201c" + ChatCommandParser.shorten(query) + "\u201d (" + lookup.period()
        + "). Try fewer words, " + (narrowed ? "the whole archive with /brief " + terms
            : "a period such as /brief " + terms + " this week") + ", or /herald topics.";
    return ChatReply.privately(new LookupView(query, lookup.period(), views, hint));
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
      stores.summaries().latest(s.id()).ifPresent(summary -> views.add(Views.story(s, summary)));
    }
    String heading = "Top stories \u00b7 " + DAY.format(ZonedDateTime.ofInstant(now, zone));
    Optional<String> note = views.isEmpty()
        ? Optional.of("No stories in the last " + settings.briefingWindow().toHours()
            + " hours yet. Feeds are checked every few minutes; try /brief <topic> this week.")
        : Optional.empty();
    return new BriefingView(heading, views, note);
  }

  ChatReply sources(dev.herald.model.ChannelKey channel, String ref, ZoneId zone) {
    StoryResolver.Result r = resolver.resolve(channel, ref, zone);
    if (r.found().isEmpty()) return ChatReply.error(r.reason());
    return ChatReply.privately(Views.sources(r.found().get().summary()));
  }

  ChatReply expand(dev.herald.model.ChannelKey channel, String ref, String sectionRef, ZoneId zone) {
    StoryResolver.Result r = resolver.resolve(channel, ref, zone);
    if (r.found().isEmpty()) return ChatReply.error(r.reason());
    StorySummary summary = r.found().get().summary();
    Optional<Integer> index = section(summary.sections(), sectionRef);
    if (index.isEmpty()) {
      return ChatReply.error("Story #" + summary.storyId() + " has sections 1 to " + summary.sections().size()
          + "; try /expand " + summary.storyId() + " 1.");
    }
    return ChatReply.privately(new SectionView(Views.story(r.found().get().story(), summary), index.get()));
  }

  /** A 1-based number, or the first section whose heading contains the words. */
  static Optional<Integer> section(List<Section> sections, String ref) {
    if (ref.matches("\\d{1,3}")) {
      int n = Integer.parseInt(ref);
      return n >= 1 && n <= sections.size() ? Optional.of(n - 1) : Optional.empty();
    }
    String want = ref.toLowerCase(Locale.ROOT);
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).heading().toLowerCase(Locale.ROOT).contains(want)) return Optional.of(i);
    }
    return Optional.empty();
  }
}
