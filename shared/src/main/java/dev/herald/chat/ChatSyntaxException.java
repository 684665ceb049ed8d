package dev.herald.chat;

/** A command line that is not a Herald command; the message is a one-line hint for the user. */
public final class ChatSyntaxException extends Exception {
  public ChatSyntaxException(String hint) {
    super(hint);
  }
}
