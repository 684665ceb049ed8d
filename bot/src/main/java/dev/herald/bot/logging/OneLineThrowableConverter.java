package dev.herald.bot.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.herald.text.ControlChars;

/**
 * {@code %oneLineEx}: an event's exception on the same line as its message, {@code " ! Type: message | at frame |
 * ... | caused by Type: message | at frame"}, at most {@value #FRAMES} frames per exception, every message escaped.
 * One event is then one line, for people and for log shippers alike, and an exception message can forge nothing.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {
  static final int FRAMES = 12;
  private static final int MAX_CAUSES = 8;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy t = event.getThrowableProxy();
    if (t == null) return "";
    StringBuilder sb = new StringBuilder(" ! ");
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
      if (depth > 0) sb.append(" | caused by ");
      sb.append(t.getClassName());
      if (t.getMessage() != null) sb.append(": ").append(ControlChars.escape(t.getMessage()));
      StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
      int shown = Math.min(FRAMES, frames.length - t.getCommonFrames());
      for (int i = 0; i < Math.max(0, shown); i++) sb.append(" | at ").append(frames[i].getStackTraceElement());
      int rest = frames.length - Math.max(0, shown);
      if (rest > 0) sb.append(" | ... ").append(rest).append(" more");
    }
    return sb.toString();
  }
}
