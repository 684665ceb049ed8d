package dev.herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The written form of one story version: a title, titled sections whose sentences cite {@code [n]}, and the numbered
 * sources those numbers point at. Built by {@link dev.herald.digest.CitationNumberer}; the constructor rejects an
 * uncited sentence and a citation that does not resolve.
 *
 * @param method how it was written ("extractive", "llm"), shown in status and logs
 * @param imageUrl the story's picture (an https URL from a cited article's feed thumbnail or page), or empty
 */
public record StorySummary(
    long storyId,
    int storyVersion,
    String title,
    List<Section> sections,
    List<Source> sources,
    String method,
    Instant createdAt,
    String imageUrl) {

  public StorySummary {
    Checks.atLeast(storyId, 1, "storyId");
    Checks.atLeast(storyVersion, 1, "storyVersion");
    Checks.notBlank(title, "title");
    sections = Checks.copy(sections, "sections");
    sources = Checks.copy(sources, "sources");
    Checks.notBlank(method, "method");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Checks.notNull(imageUrl, "imageUrl");
    if (sections.isEmpty()) throw new IllegalArgumentException("sections is empty");
    if (sources.isEmpty()) throw new IllegalArgumentException("sources is empty");
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).n() != i + 1) {
        throw new IllegalArgumentException("source " + i + " numbered " + sources.get(i).n() + ", expected " + (i + 1));
      }
    }
    for (Section section : sections) {
      for (Sentence sentence : section.sentences()) {
        if (sentence.citations().isEmpty()) {
          throw new IllegalArgumentException("uncited sentence in \"" + section.heading() + "\": " + sentence.text());
        }
        for (int n : sentence.citations()) {
          if (n > sources.size()) {
            throw new IllegalArgumentException("citation out of range: [" + n + "] in \"" + section.heading() + "\"");
          }
        }
      }
    }
  }

  /** A summary without a picture. */
  public StorySummary(long storyId, int storyVersion, String title, List<Section> sections, List<Source> sources,
      String method, Instant createdAt) {
    this(storyId, storyVersion, title, sections, sources, method, createdAt, "");
  }

  /** The same summary with {@code url} as its picture. */
  public StorySummary withImage(String url) {
    return new StorySummary(storyId, storyVersion, title, sections, sources, method, createdAt, url);
  }

  /** The source numbered {@code n}. */
  public Source source(int n) {
    if (n < 1 || n > sources.size()) throw new IllegalArgumentException("source out of range: " + n);
    return sources.get(n - 1);
  }

  /** Each source's article id with its number: what a later version of the story keeps. */
  public java.util.Map<String, Integer> numbers() {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (Source s : sources) out.put(s.articleId(), s.n());
    return out;
  }

  /** Whether only one outlet reports the story. */
  public boolean singleOutlet() {
    return sources.stream().map(Source::outlet).distinct().count() == 1;
  }
}
