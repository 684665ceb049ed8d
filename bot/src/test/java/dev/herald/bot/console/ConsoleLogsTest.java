package dev.herald.bot.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** While a person types at the console prompt, log lines go to a file, not over the prompt on stderr. */
class ConsoleLogsTest {
  @TempDir Path dir;

  private static Logger root() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
  }

  @Test
  void logsGoToTheFileWhileRoutedAndBackToStderrAfter() throws Exception {
    Path file = dir.resolve("data/herald.log");
    try (ConsoleLogs.Routed routed = ConsoleLogs.toFile(file).orElseThrow()) {
      assertNull(root().getAppender("STDERR"), "nothing prints over the prompt");
      LoggerFactory.getLogger("dev.herald.test").warn("feed {}: unknown host", "bbc-world");
    }
    String logged = Files.readString(file);
    assertTrue(logged.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  dev.herald.test - feed bbc-world:"
        + " unknown host\\n"), logged);
    assertNotNull(root().getAppender("STDERR"), "stderr again once the prompt is gone");
    LoggerFactory.getLogger("dev.herald.test").warn("after");
    assertFalse(Files.readString(file).contains("after"));
  }
}
