package dev.herald.bot.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.herald.text.ControlChars;

/**
 * {@code %safeMsg}: the formatted message with control and bidi characters escaped, so a feed name, an HTTP reason
 * phrase or a request header cannot add a line to the log or drive the operator's terminal.
 */
public final class SafeMessageConverter extends ClassicConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return ControlChars.escape(event.getFormattedMessage());
  }
}
