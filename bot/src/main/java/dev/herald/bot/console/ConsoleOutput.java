package dev.herald.bot.console;

import java.io.PrintWriter;

/**
 * The terminal the console channel writes to, shared by the answers to typed commands and by what delivery posts on
 * its own (a scheduled briefing, an alert, an edit). Text that arrives while the prompt waits for input starts on a
 * fresh line and the prompt is drawn again after it, so nothing prints over what the user is typing and the prompt
 * never disappears. Thread-safe: each text is printed whole.
 */
public final class ConsoleOutput {
  static final String PROMPT = "herald> ";

  private final PrintWriter out;
  private boolean prompting;

  public ConsoleOutput(PrintWriter out) {
    this.out = out;
  }

  /** Shows the prompt: the channel now waits for a line. */
  public synchronized void prompt() {
    out.print(PROMPT);
    out.flush();
    prompting = true;
  }

  /** The user ended a line: their answer follows on the next line, without a prompt. */
  public synchronized void lineRead() {
    prompting = false;
  }

  /** Prints {@code text} (whole lines); below a waiting prompt it starts a new line and redraws the prompt after. */
  public synchronized void print(String text) {
    if (prompting) out.print('\n');
    out.print(text);
    if (prompting) out.print(PROMPT);
    out.flush();
  }
}
