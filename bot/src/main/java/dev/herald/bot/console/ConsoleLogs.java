package dev.herald.bot.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * While a person types at the console prompt, log lines go to a file instead of stderr, where they would print over
 * the prompt and what is being typed. The file gets the same one-line, escaped events as stderr would (the pattern of
 * logback.xml's {@code STDERR} appender), appended. {@link Routed#close()} sends them back to stderr.
 */
public final class ConsoleLogs {
  private static final String STDERR = "STDERR";

  private ConsoleLogs() {}

  /** Logs routed to a file until closed. */
  public static final class Routed implements AutoCloseable {
    private final Logger root;
    private final Appender<ILoggingEvent> stderr;
    private final FileAppender<ILoggingEvent> file;

    private Routed(Logger root, Appender<ILoggingEvent> stderr, FileAppender<ILoggingEvent> file) {
      this.root = root;
      this.stderr = stderr;
      this.file = file;
    }

    @Override
    public void close() {
      root.addAppender(stderr);
      root.detachAppender(file);
      file.stop();
    }
  }

  /**
   * Sends log events to {@code file} (created with its folder, appended to) instead of stderr. Empty, and logs stay on
   * stderr, when logging is not logback with its {@code STDERR} appender or the file cannot be written.
   */
  public static Optional<Routed> toFile(Path file) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return Optional.empty();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> stderr = root.getAppender(STDERR);
    if (!(stderr instanceof OutputStreamAppender<ILoggingEvent> o) || !(o.getEncoder() instanceof PatternLayoutEncoder p)) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    // the day too: a log file outlives the session
    encoder.setPattern(p.getPattern().replace("%d{HH:mm:ss.SSS}", "%d{yyyy-MM-dd HH:mm:ss.SSS}"));
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("CONSOLE-SESSION-FILE");
    appender.setFile(file.toAbsolutePath().toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    if (!appender.isStarted()) return Optional.empty();
    root.addAppender(appender);
    root.detachAppender(stderr);
    return Optional.of(new Routed(root, stderr, appender));
  }
}
