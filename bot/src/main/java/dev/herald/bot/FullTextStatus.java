package dev.herald.bot;

import dev.herald.articles.fulltext.FullTextCounts;
import dev.herald.chat.StatusSection;
import dev.herald.feeds.FeedRegistry;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.TextReason;
import dev.herald.render.InfoView;
import dev.herald.store.ArticleTextStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /herald status}'s "Full text" block: per feed the channel's workspace reads, which text its articles are
 * summarised from ("Harbor Times: 12 from their pages, ...").
 *
 * @param enabled whether article pages are read at all ({@code full_text.enabled})
 */
record FullTextStatus(FeedRegistry feeds, ArticleTextStore texts, boolean enabled) implements StatusSection {
  @Override
  public InfoView.Block report(ChannelKey channel) {
    Map<String, Map<TextReason, Integer>> counts = texts.countsByFeed();
    List<String> lines = new ArrayList<>();
    for (FeedSource f : feeds.visibleTo(channel.workspace())) {
      String line = FullTextCounts.describe(counts.getOrDefault(f.id(), Map.of()));
      if (!line.isEmpty()) lines.add(f.name() + ": " + line);
    }
    if (lines.isEmpty()) lines.add(enabled ? "no article pages read yet" : "switched off");
    return new InfoView.Block("Full text", lines);
  }
}
