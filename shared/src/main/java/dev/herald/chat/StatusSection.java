package dev.herald.chat;

import dev.herald.model.ChannelKey;
import dev.herald.render.InfoView;

/** One part of {@code /herald status}: feed health, the next briefing, parked deliveries, summarizer fallbacks. */
@FunctionalInterface
public interface StatusSection {
  InfoView.Block report(ChannelKey channel);
}
