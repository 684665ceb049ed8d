package dev.herald.render;

import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story as a card: title, "Updated (N articles)", sections, numbered sources. Platforms show the first section
 * and offer the rest behind buttons; the console shows everything.
 *
 * @param banner a line above the title (an alert's "New story on ai"), or empty
 * @param change what changed since the version a channel saw ("2 more articles: Harbor Times, Techline"), or empty
 * @param outlets distinct outlets in source order
 * @param imageUrl the story's picture (https, public host), or empty: Slack shows it beside the first section,
 *     Discord as the embed's thumbnail
 * @param related other stories this one is linked to but not merged with, at most {@link RelatedStory#SHOWN}
 */
public record StoryView(
    long storyId,
    int version,
    String title,
    int articleCount,
    List<String> outlets,
    List<Section> sections,
    List<Source> sources,
    Instant updatedAt,
    Optional<String> banner,
    Optional<String> change,
    String imageUrl,
    List<RelatedStory> related) implements View {

  public StoryView {
    Objects.requireNonNull(title, "title == null");
    outlets = List.copyOf(outlets);
    sections = List.copyOf(sections);
    sources = List.copyOf(sources);
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(banner, "banner == null");
    Objects.requireNonNull(change, "change == null");
    if (sections.isEmpty()) throw new IllegalArgumentException("story " + storyId + " has no sections");
    Objects.requireNonNull(imageUrl, "imageUrl == null");
    related = List.copyOf(related);
  }

  /** A card with no related stories. */
  public StoryView(long storyId, int version, String title, int articleCount, List<String> outlets,
      List<Section> sections, List<Source> sources, Instant updatedAt, Optional<String> banner,
      Optional<String> change, String imageUrl) {
    this(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, banner, change, imageUrl,
        List.of());
  }

  /** A card without a picture. */
  public StoryView(long storyId, int version, String title, int articleCount, List<String> outlets,
      List<Section> sections, List<Source> sources, Instant updatedAt, Optional<String> banner,
      Optional<String> change) {
    this(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, banner, change, "", List.of());
  }

  /** The sources the sections cite, in number order: what a card shows. */
  public List<Source> citedSources() {
    java.util.Set<Integer> cited = new java.util.TreeSet<>();
    for (Section s : sections) cited.addAll(s.citations());
    return sources.stream().filter(s -> cited.contains(s.n())).toList();
  }

  /** "[1] Harbor Times", one per cited source in number order: how a card names what it cites. */
  public List<String> citedLabels() {
    return citedSources().stream().map(s -> "[" + s.n() + "] " + s.outlet()).toList();
  }

  /** "and 36 more from 12 outlets" for the sources no section cites, or empty when the card shows them all. */
  public Optional<String> moreSources() {
    List<Source> cited = citedSources();
    int more = sources.size() - cited.size();
    if (more == 0) return Optional.empty();
    long outlets = sources.stream().filter(s -> !cited.contains(s)).map(Source::outlet).distinct().count();
    return Optional.of(Phrases.more(more, (int) outlets));
  }

  public boolean singleOutlet() {
    return outlets.size() == 1;
  }

  /** "Updated (3 articles)". */
  public String updatedLine() {
    return Phrases.updated(articleCount);
  }

  public StoryView withBanner(String text) {
    return new StoryView(storyId, version, title, articleCount, outlets, sections, sources, updatedAt,
        Optional.of(text), change, imageUrl, related);
  }

  /** The card without its banner: an edit shown as a new message must not read as a second briefing or alert. */
  public StoryView withoutBanner() {
    return new StoryView(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, Optional.empty(),
        change, imageUrl, related);
  }

  public StoryView withChange(String text) {
    return new StoryView(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, banner,
        Optional.of(text), imageUrl, related);
  }

  /**
   * The card as one of a briefing showing {@code briefingStories} in that order: its related links to those stories (the
   * Strait of Hormuz drills under the US-Iran talks when both are cards of the same briefing) marked {@link
   * RelatedStory.Place#ABOVE} or {@link RelatedStory.Place#BELOW}, so the reader sees that the two cards tell one news
   * complex and where the other one is. Links to other stories stay as they are. The one rule for every set of cards
   * shown together: a {@link BriefingView}, a {@link LookupView}, and a daily briefing's card posted on its own message
   * from the outbox.
   */
  public StoryView inBriefingOf(List<Long> briefingStories) {
    if (related.stream().noneMatch(r -> briefingStories.contains(r.storyId()))) return this;
    int self = briefingStories.indexOf(storyId);
    List<RelatedStory> marked = related.stream().map(r -> {
      int at = briefingStories.indexOf(r.storyId());
      if (at < 0) return r.at(RelatedStory.Place.ELSEWHERE);
      return r.at(at < self ? RelatedStory.Place.ABOVE : RelatedStory.Place.BELOW);
    }).toList();
    return new StoryView(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, banner, change,
        imageUrl, marked);
  }

  /** The card naming {@code stories} as related: the first {@link RelatedStory#SHOWN} of them. */
  public StoryView withRelated(List<RelatedStory> stories) {
    return new StoryView(storyId, version, title, articleCount, outlets, sections, sources, updatedAt, banner, change,
        imageUrl, stories.subList(0, Math.min(stories.size(), RelatedStory.SHOWN)));
  }
}
