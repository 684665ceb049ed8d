package dev.herald.bot.console;

import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Posts to the terminal. Thread-safe: each view is printed whole. */
public final class ConsolePublisher implements Publisher {
  private final PrintWriter out;
  private final AtomicLong messages = new AtomicLong();

  public ConsolePublisher(PrintWriter out) {
    this.out = out;
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

  /** A terminal cannot change what it printed: the new version is printed below, marked as an update. */
  @Override
  public void edit(ChannelKey channel, String messageId, View view) {
    print("(updated " + messageId + ")\n" + ConsoleRenderer.render(view));
  }

  /** Nothing printed survives a restart, so nothing is ever found. */
  @Override
  public Optional<String> findPosted(ChannelKey channel, String key) {
    return Optional.empty();
  }

  private void print(String text) {
    synchronized (out) {
      out.print(text);
      out.flush();
    }
  }
}
