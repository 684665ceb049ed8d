package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.HeraldConfig;
import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.SummaryFallback;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Recorded chat-completions replies, good and malformed, served by a local mock server. */
class LlmSummarizerTest {
  static final Story STORY = new Story(4, 3, T0, T0, T0, 2, 2, "Storm Isolde");
  static final List<Article> ARTICLES = List.of(
      new Article("nw", "northwind", "Northwind Wire", "Storm Isolde kills one", "https://nw.example/1", "", "", T0,
          false, T0, "", "Storm Isolde struck the west coast of Valdoria overnight, killing one person and cutting "
              + "electricity to about 180,000 homes. The National Meteorological Service kept a red wind warning in "
              + "force for the west coast until 10:00 local time on Thursday.", "", ""),
      new Article("ht", "harbor", "Harbor Times", "Port Marren harbour closed", "https://ht.example/1", "", "", T0,
          false, T0, "", "The Port Marren harbour authority closed the port to all shipping on Thursday morning as "
              + "Storm Isolde brought gusts of more than 130 kilometres per hour to the city. Storm Isolde killed one "
              + "person and cut power to about 180,000 homes when it struck the west coast overnight.", "", ""));

  @StartStop final MockWebServer server = new MockWebServer();
  final List<SummaryFallback> fallbacks = new ArrayList<>();

  LlmSummarizer summarizer(int timeoutSeconds) {
    HeraldConfig.Llm settings = new HeraldConfig.Llm(server.url("/v1").toString(), "llama3.1", "KEY", timeoutSeconds);
    return LlmSummarizer.create(new OkHttpClient(), settings, "test-key", fallbacks::add,
        Clock.fixed(T0, ZoneOffset.UTC));
  }

  void reply(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("LlmSummarizerTest/" + file)) {
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build());
    }
  }

  @Test
  void aGoodReplyKeepsOnlyVerifiedSentences() throws Exception {
    reply("good.json");
    DraftSummary d = summarizer(5).summarize(STORY, ARTICLES, 140);
    assertEquals(LlmSummarizer.METHOD, d.method());
    assertEquals("Storm Isolde kills one and cuts power to 180,000 homes", d.title());
    assertEquals(List.of("Deadly storm hits the west coast", "Harbour shut as gusts top 130 km/h"),
        d.sections().stream().map(s -> s.heading()).toList());
    List<DraftSentence> kept = d.sections().stream().flatMap(s -> s.sentences().stream()).toList();
    // dropped: a citation of [3] (two articles), a misquotation, an uncited sentence
    assertEquals(3, kept.size(), kept.toString());
    assertEquals(List.of("nw", "ht"), kept.get(0).articleIds());
    assertTrue(kept.stream().noneMatch(s -> s.text().contains("Westgrid") || s.text().contains("living memory")
        || s.text().contains("Ferries")));
    assertTrue(IntegrityCheck.check(d, ARTICLES).passed());
    assertTrue(fallbacks.isEmpty());
  }

  @Test
  void theRequestNumbersTheArticlesAndAsksForJson() throws Exception {
    reply("good.json");
    summarizer(5).summarize(STORY, ARTICLES, 90);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/v1/chat/completions", request.getUrl().encodedPath());
    assertEquals("Bearer test-key", request.getHeaders().get("Authorization"));
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertEquals("llama3.1", body.path("model").asText());
    assertEquals("json_object", body.path("response_format").path("type").asText());
    String user = body.path("messages").path(1).path("content").asText();
    assertTrue(user.contains("[1] Northwind Wire: Storm Isolde kills one"), user);
    assertTrue(user.contains("[2] Harbor Times: Port Marren harbour closed"), user);
    assertTrue(body.path("messages").path(0).path("content").asText().contains("at most 90 words"));
  }

  @Test
  void aFencedJsonReplyIsAccepted() throws Exception {
    reply("fenced.json");
    assertEquals(LlmSummarizer.METHOD, summarizer(5).summarize(STORY, ARTICLES, 140).method());
  }

  @Test
  void proseInsteadOfJsonFallsBackToExtractive() throws Exception {
    reply("prose.json");
    assertFallback("reply is not valid JSON");
  }

  @Test
  void truncatedJsonFallsBackToExtractive() throws Exception {
    reply("truncated.json");
    assertFallback("reply is not valid JSON");
  }

  @Test
  void aReplyWithoutSectionsFallsBack() throws Exception {
    reply("no-sections.json");
    assertFallback("reply has no \"sections\" list");
  }

  @Test
  void aReplyWithNoVerifiableSentenceFallsBack() throws Exception {
    reply("nothing-verified.json");
    assertFallback("no sentence passed verification");
  }

  @Test
  void anHttpErrorFallsBack() throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).body("overloaded").build());
    assertFallback("request failed: HTTP 500");
  }

  @Test
  void anEnvelopeThatIsNotJsonFallsBack() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>gateway</html>").build());
    assertFallback("request failed: the endpoint's reply is not JSON");
  }

  @Test
  void aTimeoutFallsBack() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());
    DraftSummary d = summarizer(1).summarize(STORY, ARTICLES, 140);
    assertEquals(ExtractiveSummarizer.METHOD, d.method());
    assertEquals(1, fallbacks.size());
    assertEquals("timed out", fallbacks.get(0).reason());
  }

  private void assertFallback(String reasonStart) {
    DraftSummary d = summarizer(5).summarize(STORY, ARTICLES, 140);
    assertEquals(ExtractiveSummarizer.METHOD, d.method());
    assertTrue(IntegrityCheck.check(d, ARTICLES).passed());
    assertEquals(1, fallbacks.size());
    SummaryFallback f = fallbacks.get(0);
    assertTrue(f.reason().startsWith(reasonStart), f.reason());
    assertEquals(4, f.storyId());
    assertEquals(3, f.storyVersion());
    assertEquals(T0, f.at());
  }
}
