package dev.herald.articles;

/**
 * What kind of item a feed entry is, beside the single-event news report most of them are. Told by {@link ItemKinds}
 * from the title, the lead and the URL alone.
 *
 * <p>Two questions matter downstream. {@link #multiEvent()}: the item covers several events (a newsletter, an
 * opinion roundup, a list of the day's key events, a live blog, a schedule or medal table), so it must never link two
 * stories: clustering lets it join at most one story and never lets it seed or merge one. {@link #headlineWorthy()}:
 * the item's title can stand as a story's headline; explainers, service pages, galleries, live blogs and opinion
 * pieces cannot, whatever story they belong to.
 */
public enum ItemKind {
  /** A report of one event: the default. */
  REPORT(false, true),
  /** A newsletter, briefing, news-briefs page or broadcast episode: several events in one item. */
  DIGEST(true, false),
  /** Commentators' views on the day's several topics ("Opinion, comment and editorials of the day"). */
  OPINION_ROUNDUP(true, false),
  /** A list of the day's key events or developments ("Russia-Ukraine war: List of key events, day 1,455"). */
  KEY_EVENTS(true, false),
  /** A live blog, running updates or an ongoing tracker of many incidents. */
  LIVE(true, false),
  /** A service page: schedule, medal table, how to watch, puzzles and printables. */
  SERVICE(true, false),
  /** A photo gallery or video item ("in pictures", "Watch: ..."). */
  GALLERY(false, false),
  /** An explainer or background piece ("What to know about ...", "... explained"). */
  EXPLAINER(false, false),
  /** A single opinion piece, column, editorial or letter. */
  OPINION(false, false),
  /** A feature or profile around the event: a life story, "How X helped ...", a look back. */
  FEATURE(false, false);

  private final boolean multiEvent;
  private final boolean headlineWorthy;

  ItemKind(boolean multiEvent, boolean headlineWorthy) {
    this.multiEvent = multiEvent;
    this.headlineWorthy = headlineWorthy;
  }

  /** Whether the item may cover several events, so it must not bridge stories. */
  public boolean multiEvent() {
    return multiEvent;
  }

  /** Whether the item's title may be a story's headline. */
  public boolean headlineWorthy() {
    return headlineWorthy;
  }
}
