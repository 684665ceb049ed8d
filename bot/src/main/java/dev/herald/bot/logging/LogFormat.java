package dev.herald.bot.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.herald.config.HeraldConfig;
import com.fasterxml.jackson.core.JsonFactory;
import net.logstash.logback.decorate.JsonFactoryDecorator;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.LoggerFactory;

/**
 * {@code logging.format}: switches the standard-error appender of {@code logback.xml} between its one-line text
 * pattern and JSON, one object per line: {@code time} (UTC, ISO-8601), {@code level}, {@code logger}, {@code thread},
 * {@code message}, the ids Herald put in the MDC ({@code platform}, {@code channel}, {@code delivery}, {@code feed}...)
 * and, for an exception, {@code stack_trace} (at most {@value #FRAMES} frames per cause). Written by
 * logstash-logback-encoder on Jackson, with {@link ControlCharEscapes}: a message's line breaks and terminal controls
 * are escapes inside the JSON string, so one event is one line here too.
 */
public final class LogFormat {
  static final String APPENDER = "STDERR";
  static final int FRAMES = OneLineThrowableConverter.FRAMES;

  private LogFormat() {}

  /** Applies the format to the running logback configuration (a no-op under another logging backend). */
  public static void apply(HeraldConfig.Logging.Format format) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) apply(context, format);
  }

  /** Applies the format to {@code context}'s standard-error appender; text restores the pattern it started with. */
  static synchronized void apply(LoggerContext context, HeraldConfig.Logging.Format format) {
    Appender<ILoggingEvent> a = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
    if (!(a instanceof OutputStreamAppender<ILoggingEvent> appender)) return;
    Encoder<ILoggingEvent> current = appender.getEncoder();
    boolean json = current instanceof LogstashEncoder;
    if (json == (format == HeraldConfig.Logging.Format.JSON)) return;
    Encoder<ILoggingEvent> next;
    if (json) {
      next = TextEncoders.original(context);
    } else {
      TextEncoders.remember(context, current);
      next = jsonEncoder(context);
    }
    appender.stop();
    appender.setEncoder(next);
    appender.start();
  }

  static LogstashEncoder jsonEncoder(LoggerContext context) {
    LogstashEncoder e = new LogstashEncoder();
    e.setContext(context);
    e.getFieldNames().setTimestamp("time");
    e.getFieldNames().setLogger("logger");
    e.getFieldNames().setThread("thread");
    e.getFieldNames().setVersion("[ignore]");
    e.getFieldNames().setLevelValue("[ignore]");
    e.setTimeZone("UTC");
    e.setTimestampPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    e.setJsonFactoryDecorator(new JsonFactoryDecorator() {
      @Override
      public JsonFactory decorate(JsonFactory factory) {
        return factory.setCharacterEscapes(new ControlCharEscapes());
      }
    });
    ShortenedThrowableConverter stack = new ShortenedThrowableConverter();
    stack.setMaxDepthPerThrowable(FRAMES);
    stack.setContext(context);
    e.setThrowableConverter(stack);
    e.start();
    return e;
  }

  /** The text encoder logback.xml configured, kept while JSON is in use. */
  private static final class TextEncoders {
    private static final String KEY = "herald.text-encoder";

    static void remember(LoggerContext context, Encoder<ILoggingEvent> text) {
      context.putObject(KEY, text);
    }

    @SuppressWarnings("unchecked")
    static Encoder<ILoggingEvent> original(LoggerContext context) {
      Encoder<ILoggingEvent> text = (Encoder<ILoggingEvent>) context.getObject(KEY);
      if (!text.isStarted()) text.start();
      return text;
    }
  }
}
