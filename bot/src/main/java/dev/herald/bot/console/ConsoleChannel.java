package dev.herald.bot.console;

import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatCommandParser;
import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSyntaxException;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The terminal as a chat channel: reads one command per line (typed, or piped until end of input), answers through
 * the same {@link ChatService} as Slack and Discord, and prints the reply. The local user manages the channel.
 */
public final class ConsoleChannel {
  /** The console's single workspace. */
  public static final String WORKSPACE = "local";

  private final ChannelKey key;
  private final ChatService chat;
  private final ConsoleOutput out;

  /** @param out shared with the channel's {@link ConsolePublisher}, so that posts never print over the prompt */
  public ConsoleChannel(String channelName, ChatService chat, ConsoleOutput out) {
    this.key = ChannelKey.of(Platform.CONSOLE, WORKSPACE, channelName);
    this.chat = chat;
    this.out = out;
  }

  public ConsoleChannel(String channelName, ChatService chat, PrintWriter out) {
    this(channelName, chat, new ConsoleOutput(out));
  }

  public ChannelKey key() {
    return key;
  }

  /** Answers one line; unknown commands get a one-line hint. */
  public void handle(String line) {
    String text = line.strip();
    if (text.isEmpty()) return;
    ChatCommand command;
    try {
      command = ChatCommandParser.parse(text);
    } catch (ChatSyntaxException e) {
      print(ConsoleRenderer.render(dev.herald.render.NoticeView.error(e.getMessage())));
      return;
    }
    ChatReply reply = chat.handle(new ChatRequest(key, new Actor("console", true, "the console user"), command));
    print(ConsoleRenderer.render(reply.view()));
  }

  /**
   * Reads commands until end of input or {@code /quit}.
   *
   * @param prompt whether to print a prompt (when a person is typing)
   * @return true when the user asked to quit, false at the end of input
   */
  public boolean loop(BufferedReader in, boolean prompt) throws IOException {
    if (prompt) print("Type /help for commands, /quit to leave.\n");
    while (true) {
      if (prompt) out.prompt();
      String line = in.readLine();
      out.lineRead();
      if (line == null) return false;
      String t = line.strip();
      if (t.equals("/quit") || t.equals("/exit") || t.equals("quit") || t.equals("exit")) return true;
      handle(line);
    }
  }

  private void print(String s) {
    out.print(s);
  }
}
