package dev.herald.render;

import java.util.Objects;

/** A one-line answer: a confirmation, a hint or a refusal. */
public record NoticeView(Level level, String text) implements View {
  public enum Level {
    INFO,
    SUCCESS,
    WARNING,
    ERROR
  }

  public NoticeView {
    Objects.requireNonNull(level, "level == null");
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) throw new IllegalArgumentException("text is blank");
  }

  public static NoticeView info(String text) {
    return new NoticeView(Level.INFO, text);
  }

  public static NoticeView success(String text) {
    return new NoticeView(Level.SUCCESS, text);
  }

  public static NoticeView warning(String text) {
    return new NoticeView(Level.WARNING, text);
  }

  public static NoticeView error(String text) {
    return new NoticeView(Level.ERROR, text);
  }
}
