package dev.herald.bot.console;

import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Posts to the terminal. Thread-safe: each view is printed whole, never over the prompt. */
public final class ConsolePublisher implements Publisher {
  private final ConsoleOutput out;
  private final AtomicLong messages = new AtomicLong();

  public ConsolePublisher(ConsoleOutput out) {
    this.out = out;
  }

  public ConsolePublisher(PrintWriter out) {
    this(new ConsoleOutput(out));
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public String post(ChannelKey channel, View view, String key) {
    print(ConsoleRenderer.render(view));
    return "console-" + messages.incrementAndGet();
  }

  /**
   * A terminal cannot change what it printed: the new version is printed below, marked as an update of the message
   * above, without the banner ("Daily briefing", "New on transport") it was first posted under, which would read as a
   * second briefing or alert.
   */
  @Override
  public void edit(ChannelKey channel, String messageId, View view) {
    View shown = view instanceof StoryView s ? s.withoutBanner() : view;
    print("(an update of " + messageId + ", posted above)\n" + ConsoleRenderer.render(shown));
  }

  /** Nothing printed survives a restart, so nothing is ever found. */
  @Override
  public Optional<String> findPosted(ChannelKey channel, String key) {
    return Optional.empty();
  }

  private void print(String text) {
    out.print(text);
  }
}
