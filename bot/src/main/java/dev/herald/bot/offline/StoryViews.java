package dev.herald.bot.offline;

import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.model.ChannelKey;
import dev.herald.render.BriefingView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every view a channel can be shown for a briefing's stories, asked of the chat service exactly as a user asks: the
 * posted cards, each story's {@code /sources}, each of its sections ({@code /expand}, or the Expand button), and the
 * {@code /brief} lookup of the day's top stories. What {@code digest --views} prints.
 */
public final class StoryViews {
  /** The kinds {@code --views} names. */
  public enum Kind {
    CARDS, SOURCES, SECTIONS, LOOKUP;

    /** {@code cards}, {@code sources}, {@code sections} or {@code lookup}; an IllegalArgumentException otherwise. */
    public static Kind parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown view \"" + dev.herald.text.Echo.of(name)
            + "\"; use cards, sources, sections or lookup");
      }
    }
  }

  /**
   * One view as shown.
   *
   * @param kind {@code card}, {@code sources}, {@code section} or {@code lookup}
   * @param storyId the story it shows; 0 for a lookup
   * @param section the 0-based section a {@code section} view expands; -1 otherwise
   */
  public record Shown(String kind, long storyId, int section, View view) {}

  private StoryViews() {}

  /** The views of {@code kinds} for the stories of {@code briefing}, story by story, in the briefing's order. */
  public static List<Shown> of(ChatService chat, ChannelKey channel, BriefingView briefing, Set<Kind> kinds) {
    List<Shown> out = new ArrayList<>();
    for (StoryView card : briefing.messages()) {
      String id = Long.toString(card.storyId());
      if (kinds.contains(Kind.CARDS)) out.add(new Shown("card", card.storyId(), -1, card));
      if (kinds.contains(Kind.SOURCES)) {
        out.add(new Shown("sources", card.storyId(), -1, ask(chat, channel, new ChatCommand.Sources(id))));
      }
      if (kinds.contains(Kind.SECTIONS)) {
        for (int i = 0; i < card.sections().size(); i++) {
          out.add(new Shown("section", card.storyId(), i, ask(chat, channel,
              new ChatCommand.Expand(id, Integer.toString(i + 1)))));
        }
      }
    }
    if (kinds.contains(Kind.LOOKUP)) {
      out.add(new Shown("lookup", 0, -1, ask(chat, channel, new ChatCommand.Brief(""))));
    }
    return out;
  }

  /** The view a channel member gets for {@code command}. */
  private static View ask(ChatService chat, ChannelKey channel, ChatCommand command) {
    return chat.handle(new ChatRequest(channel, new Actor("digest", false, "operators"), command)).view();
  }
}
