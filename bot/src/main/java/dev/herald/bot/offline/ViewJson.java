package dev.herald.bot.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.List;
import java.util.Locale;

/** The neutral JSON of a view: what every platform renders, before any platform's markup. */
public final class ViewJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ViewJson() {}

  public static ObjectNode briefing(BriefingView b) {
    ObjectNode root = JSON.createObjectNode();
    root.put("heading", b.heading());
    b.note().ifPresent(n -> root.put("note", n));
    ArrayNode stories = root.putArray("stories");
    for (StoryView s : b.stories()) stories.add(story(s));
    return root;
  }

  /** Any view: its {@code type} and its fields. */
  public static ObjectNode view(View view) {
    ObjectNode o;
    if (view instanceof BriefingView b) {
      o = briefing(b);
    } else if (view instanceof StoryView s) {
      o = story(s);
    } else if (view instanceof SourcesView s) {
      o = JSON.createObjectNode().put("story", s.storyId()).put("heading", s.heading()).put("title", s.title())
          .put("single_outlet", s.singleOutlet());
      sources(o, s.sources());
      related(o, s.related());
    } else if (view instanceof SectionView s) {
      o = JSON.createObjectNode().put("section", s.index() + 1);
      o.set("story", story(s.story()));
    } else if (view instanceof LookupView l) {
      o = JSON.createObjectNode().put("heading", l.heading());
      if (l.stories().isEmpty()) o.put("hint", l.emptyHint());
      ArrayNode stories = o.putArray("stories");
      for (StoryView s : l.stories()) stories.add(story(s));
    } else if (view instanceof NoticeView n) {
      o = JSON.createObjectNode().put("level", n.level().name().toLowerCase(java.util.Locale.ROOT))
          .put("text", n.text());
    } else if (view instanceof InfoView i) {
      o = JSON.createObjectNode().put("title", i.title());
      ArrayNode blocks = o.putArray("blocks");
      for (InfoView.Block b : i.blocks()) {
        ArrayNode lines = blocks.addObject().put("heading", b.heading()).putArray("lines");
        b.lines().forEach(lines::add);
      }
    } else {
      throw new IllegalArgumentException("unknown view " + view.getClass().getName());
    }
    ObjectNode typed = JSON.createObjectNode().put("type", view.getClass().getSimpleName()
        .replace("View", "").toLowerCase(java.util.Locale.ROOT));
    typed.setAll(o);
    return typed;
  }

  public static ObjectNode story(StoryView s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", s.storyId());
    o.put("version", s.version());
    o.put("title", s.title());
    o.put("updated", s.updatedLine());
    o.put("articles", s.articleCount());
    ArrayNode outlets = o.putArray("outlets");
    s.outlets().forEach(outlets::add);
    o.put("single_outlet", s.singleOutlet());
    if (!s.imageUrl().isEmpty()) o.put("image", s.imageUrl());
    ArrayNode sections = o.putArray("sections");
    for (Section sec : s.sections()) sections.addObject().put("heading", sec.heading()).put("text", sec.text());
    sources(o, s.sources());
    related(o, s.related());
    return o;
  }

  /**
   * {@code "related": [{"id": 698, "title": "...", "place": "below"}]}, only when there are related stories; {@code
   * place} ("above" or "below") only for a story shown with this one.
   */
  private static void related(ObjectNode o, List<RelatedStory> list) {
    if (list.isEmpty()) return;
    ArrayNode related = o.putArray("related");
    for (RelatedStory r : list) {
      ObjectNode one = related.addObject().put("id", r.storyId()).put("title", r.title());
      if (r.place() != RelatedStory.Place.ELSEWHERE) one.put("place", r.place().name().toLowerCase(Locale.ROOT));
    }
  }

  private static void sources(ObjectNode o, java.util.List<Source> list) {
    ArrayNode sources = o.putArray("sources");
    for (Source src : list) {
      sources.addObject().put("n", src.n()).put("id", src.articleId()).put("source", src.outlet())
          .put("title", src.headline()).put("description", src.description()).put("url", src.url());
    }
  }
}
