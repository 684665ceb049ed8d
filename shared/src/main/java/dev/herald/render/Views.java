package dev.herald.render;

import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.RelatedStory;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Pure functions from the model to views. */
public final class Views {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private Views() {}

  /** A story card of the summarised version. */
  public static StoryView story(Story story, StorySummary summary) {
    List<String> outlets = summary.sources().stream().map(Source::outlet).distinct().toList();
    return new StoryView(story.id(), summary.storyVersion(), summary.title(), summary.sources().size(), outlets,
        summary.sections(), summary.sources(), story.updatedAt(), Optional.empty(), Optional.empty(),
        summary.imageUrl());
  }

  /** A story card naming the stories related to it. */
  public static StoryView story(Story story, StorySummary summary, List<RelatedStory> related) {
    return story(story, summary).withRelated(related);
  }

  public static StoryView story(BriefingStory s) {
    return story(s.story(), s.summary());
  }

  /** A daily briefing, its heading dated in the channel's zone. */
  public static BriefingView briefing(Briefing b, ZoneId zone, Optional<String> note) {
    return briefing(b, zone, note, id -> List.of());
  }

  /** A daily briefing whose cards name the stories {@code related} gives for each. */
  public static BriefingView briefing(Briefing b, ZoneId zone, Optional<String> note,
      Function<Long, List<RelatedStory>> related) {
    String heading = "Daily briefing \u00b7 " + DAY.format(ZonedDateTime.ofInstant(b.asOf(), zone));
    return new BriefingView(heading,
        b.stories().stream().map(s -> story(s.story(), s.summary(), related.apply(s.story().id()))).toList(), note);
  }

  public static SourcesView sources(StorySummary summary) {
    return sources(summary, List.of());
  }

  /** A story's sources and the stories related to it. */
  public static SourcesView sources(StorySummary summary, List<RelatedStory> related) {
    return new SourcesView(summary.storyId(), summary.title(), summary.sources(), summary.singleOutlet(), related);
  }
}
