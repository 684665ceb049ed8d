package dev.herald.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The shipped logback.xml writes every event as one line, whatever an outsider put in the message. */
class OneLineLogTest {
  /** A feed's name or an HTTP reason phrase as an attacker writes it: a title escape, clear screen, a forged line. */
  static final String HOSTILE = "Daily\u001b]0;owned\u0007\u001b[2J\r\n12:00:00.000 ERROR forged - admin password"
      + " reset\u009b31m\u202e\u061ctxt\u2028\u007f";

  /** Everything logged through a fresh context configured from the shipped logback.xml. */
  static String logged(Consumer<Logger> body) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    JoranConfigurator config = new JoranConfigurator();
    config.setContext(context);
    URL xml = OneLineLogTest.class.getResource("/logback.xml");
    config.doConfigure(xml);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream previous = System.err;
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.accept(context.getLogger("dev.herald.pipeline.Pipeline"));
    } finally {
      System.setErr(previous);
      context.stop();
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aHostileMessageIsOneEscapedLine() throws Exception {
    String out = logged(log -> log.warn("feed {}: {}", "evil", HOSTILE));
    assertEquals(1, out.lines().count(), out);
    assertTrue(out.endsWith("\n"));
    String line = out.strip();
    assertTrue(line.contains("Daily\\x1b]0;owned\\x07\\x1b[2J\\r\\n12:00:00.000 ERROR forged"), line);
    assertTrue(line.contains("\\x9b31m\\u202e\\u061ctxt\\u2028\\x7f"), line);
    assertNoControls(line);
  }

  @Test
  void anExceptionStaysOnTheMessagesLine() throws Exception {
    IOException e = new IOException("HTTP 500 " + HOSTILE, new IllegalStateException("cause\nforged line"));
    String out = logged(log -> log.error("feed {}: ingestion failed", "evil", e));
    assertEquals(1, out.lines().count(), out);
    String line = out.strip();
    assertTrue(line.contains(" ! java.io.IOException: HTTP 500 Daily\\x1b]0;owned"), line);
    assertTrue(line.contains(" | at dev.herald.bot.logging.OneLineLogTest"), line);
    assertTrue(line.contains(" | caused by java.lang.IllegalStateException: cause\\nforged line"), line);
    assertNoControls(line);
  }

  static void assertNoControls(String line) {
    assertFalse(line.codePoints().anyMatch(dev.herald.text.ControlChars::isControl), line);
  }
}
