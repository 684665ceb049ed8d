package dev.herald.bot.console;

import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.render.View;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/** Posts to the terminal. Thread-safe: each view is printed whole. */
public final class ConsolePublisher implements Publisher {
  private final PrintWriter out;
  private final AtomicLong messages = new AtomicLong();

  public ConsolePublisher(PrintWriter out) {
    this.out = out;
  }

  @Override
  public String publish(ChannelKey channel, View view) {
    String text = ConsoleRenderer.render(view);
    synchronized (out) {
      out.print(text);
      out.flush();
    }
    return "console-" + messages.incrementAndGet();
  }
}
