package dev.herald.digest;

import dev.herald.config.HeraldConfig;
import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.SummaryFallback;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional language-model summarizer: any OpenAI-compatible chat-completions endpoint writes the summary from
 * the story's numbered articles as structured JSON, and {@link LlmReply#verify} keeps only sentences whose citations
 * resolve and which are grounded in the articles they cite. When the call fails or times out, the reply is not the
 * expected JSON, or no sentence survives, the extractive summary is returned instead; the fallback is logged (WARN)
 * and reported to the {@link FallbackRecorder} for status. Thread-safe.
 */
public final class LlmSummarizer implements Summarizer {
  public static final String METHOD = "llm";
  private static final Logger LOG = LoggerFactory.getLogger(LlmSummarizer.class);

  private final ChatCompletions client;
  private final Summarizer fallback;
  private final FallbackRecorder recorder;
  private final Clock clock;

  LlmSummarizer(ChatCompletions client, Summarizer fallback, FallbackRecorder recorder, Clock clock) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.fallback = Objects.requireNonNull(fallback, "fallback == null");
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * The summarizer for {@code summary.llm} settings, falling back to {@link ExtractiveSummarizer}.
   *
   * @param http a shared client; its settings are kept and the call timeout set to {@code timeout_seconds}
   * @param apiKey the value of the variable named by {@code api_key_env}; empty sends no Authorization header
   * @throws IllegalArgumentException if the base URL is not http(s) or the model is blank
   */
  public static LlmSummarizer create(
      OkHttpClient http, HeraldConfig.Llm settings, String apiKey, FallbackRecorder recorder, Clock clock) {
    OkHttpClient timed = http.newBuilder().callTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
        .readTimeout(Duration.ofSeconds(settings.timeoutSeconds())).build();
    return new LlmSummarizer(new ChatCompletions(timed, settings.baseUrl(), settings.model(), apiKey),
        new ExtractiveSummarizer(), recorder, clock);
  }

  /** {@link #create(OkHttpClient, HeraldConfig.Llm, String, FallbackRecorder, Clock)} with a new client, UTC clock. */
  public static LlmSummarizer create(HeraldConfig.Llm settings, String apiKey, FallbackRecorder recorder) {
    return create(new OkHttpClient(), settings, apiKey, recorder, Clock.systemUTC());
  }

  @Override
  public DraftSummary summarize(Story story, List<Article> articles, int maxWords) {
    if (articles.isEmpty()) throw new IllegalArgumentException("story " + story.id() + " has no articles");
    List<ArticleText> texts = ArticleText.of(articles);
    String title = Headlines.representative(texts).map(i -> texts.get(i).headline())
        .map(h -> Headings.title(h, texts))
        .orElse(story.title().isBlank() ? texts.get(0).article().outlet() : story.title());
    try {
      String content = client.complete(LlmPrompt.system(maxWords), LlmPrompt.user(articles));
      return LlmReply.verify(content, texts, maxWords, title);
    } catch (IOException e) {
      String why = e instanceof java.io.InterruptedIOException ? "timed out" : "request failed: " + e.getMessage();
      return fallBack(story, articles, maxWords, why);
    } catch (LlmReply.Invalid e) {
      return fallBack(story, articles, maxWords, e.getMessage());
    }
  }

  private DraftSummary fallBack(Story story, List<Article> articles, int maxWords, String reason) {
    LOG.warn("story {} v{}: language-model summary unusable ({}); using the extractive summary",
        story.id(), story.version(), reason);
    recorder.record(new SummaryFallback(story.id(), story.version(), reason, clock.instant()));
    return fallback.summarize(story, articles, maxWords);
  }
}
