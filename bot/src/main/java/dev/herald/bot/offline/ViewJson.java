package dev.herald.bot.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.Section;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.StoryView;

/** The neutral JSON of a briefing: what every platform renders, before any platform's markup. */
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
    ArrayNode sources = o.putArray("sources");
    for (Source src : s.sources()) {
      sources.addObject().put("n", src.n()).put("id", src.articleId()).put("source", src.outlet())
          .put("title", src.headline()).put("description", src.description()).put("url", src.url());
    }
    return o;
  }
}
