package dev.herald.feeds;

/** The syndication formats Herald reads. */
public enum FeedFormat {
  RSS_090("RSS 0.90"),
  RSS_091("RSS 0.91"),
  RSS_092("RSS 0.92"),
  RSS_10("RSS 1.0"),
  RSS_20("RSS 2.0"),
  ATOM_03("Atom 0.3"),
  ATOM_10("Atom 1.0"),
  JSON_10("JSON Feed 1.0"),
  JSON_11("JSON Feed 1.1");

  private final String label;

  FeedFormat(String label) {
    this.label = label;
  }

  /** The human name, {@code "RSS 2.0"}. */
  public String label() {
    return label;
  }
}
