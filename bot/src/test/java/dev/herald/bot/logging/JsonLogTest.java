package dev.herald.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.HeraldConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/** {@code logging.format: json}: one JSON object per event and per line, whatever an outsider put in the message. */
class JsonLogTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Lines logged through a fresh context from the shipped logback.xml, switched to {@code format}. */
  static List<String> logged(HeraldConfig.Logging.Format format, Consumer<Logger> body) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(MDC.getMDCAdapter());
    JoranConfigurator config = new JoranConfigurator();
    config.setContext(context);
    config.doConfigure(JsonLogTest.class.getResource("/logback.xml"));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream previous = System.err;
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      // text is what logback.xml starts with; switch to JSON and back, as a reloaded setting would
      if (format == HeraldConfig.Logging.Format.TEXT) LogFormat.apply(context, HeraldConfig.Logging.Format.JSON);
      LogFormat.apply(context, format);
      body.accept(context.getLogger("dev.herald.delivery.Sender"));
    } finally {
      System.setErr(previous);
      context.stop();
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(out.isEmpty() || out.endsWith("\n"), out);
    return out.lines().toList();
  }

  @Test
  void anEventIsOneJsonObjectWithTimeLevelLoggerMessageAndTheIds() throws Exception {
    List<String> lines = logged(HeraldConfig.Logging.Format.JSON, log -> {
      try (MDC.MDCCloseable d = MDC.putCloseable("delivery", "slack:T1:C1/42/3/briefing");
          MDC.MDCCloseable c = MDC.putCloseable("channel", "slack:T1:C1")) {
        log.warn("delivery {} parked: {}", "slack:T1:C1/42/3/briefing", "failed 8 times");
      }
    });
    assertEquals(1, lines.size(), lines.toString());
    JsonNode e = JSON.readTree(lines.get(0));
    assertTrue(e.path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), lines.get(0));
    assertEquals("WARN", e.path("level").asText());
    assertEquals("dev.herald.delivery.Sender", e.path("logger").asText());
    assertEquals("delivery slack:T1:C1/42/3/briefing parked: failed 8 times", e.path("message").asText());
    assertEquals("slack:T1:C1/42/3/briefing", e.path("delivery").asText());
    assertEquals("slack:T1:C1", e.path("channel").asText());
    assertFalse(e.has("@version") || e.has("level_value"), lines.get(0));
  }

  @Test
  void aHostileMessageIsEscapedInsideItsStringAndDecodesUnchanged() throws Exception {
    List<String> lines = logged(HeraldConfig.Logging.Format.JSON,
        log -> log.warn("feed {}: {}", "evil", OneLineLogTest.HOSTILE));
    assertEquals(1, lines.size(), lines.toString());
    OneLineLogTest.assertNoControls(lines.get(0));
    assertTrue(lines.get(0).contains("\\u009b31m\\u202e\\u061ctxt\\u2028\\u007F"), lines.get(0));
    assertEquals("feed evil: " + OneLineLogTest.HOSTILE, JSON.readTree(lines.get(0)).path("message").asText());
  }

  @Test
  void anExceptionStaysOnTheEventsLine() throws Exception {
    IOException failure = new IOException("HTTP 500 " + OneLineLogTest.HOSTILE,
        new IllegalStateException("cause\nforged line"));
    List<String> lines = logged(HeraldConfig.Logging.Format.JSON, log -> log.error("feed {}: failed", "evil", failure));
    assertEquals(1, lines.size(), lines.toString());
    OneLineLogTest.assertNoControls(lines.get(0));
    String stack = JSON.readTree(lines.get(0)).path("stack_trace").asText();
    assertTrue(stack.startsWith("java.io.IOException: HTTP 500 Daily"), stack);
    assertTrue(stack.contains("Caused by: java.lang.IllegalStateException: cause\nforged line"), stack);
  }

  @Test
  void textStaysTheDefaultAndCanBeSwitchedBackTo() throws Exception {
    List<String> text = logged(HeraldConfig.Logging.Format.TEXT, log -> log.warn("plain {}", "line"));
    assertEquals(1, text.size());
    assertTrue(text.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  d\\.herald\\.delivery\\.Sender - plain line"), text.get(0));
  }
}
