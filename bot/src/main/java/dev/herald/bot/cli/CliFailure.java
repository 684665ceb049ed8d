package dev.herald.bot.cli;

/** Bad input or configuration: printed as one line on stderr, exit status 2, no stack trace. */
public final class CliFailure extends RuntimeException {
  public CliFailure(String message) {
    super(message);
  }

  public CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
