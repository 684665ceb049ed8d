package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import dev.herald.model.WorkspaceKey;
import dev.herald.model.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions: posts to the response URL, updates a message in place, replies in a thread. A 429 is retried
 * after its Retry-After (at most {@value #MAX_ATTEMPTS} attempts, waits up to {@link #MAX_WAIT}); every other failure
 * is logged and recorded for {@code /herald status}. Runs on Herald's interaction workers, never on the thread that
 * acknowledged. Thread-safe.
 */
final class SlackResponder {
  static final int MAX_ATTEMPTS = 3;
  static final Duration MAX_WAIT = Duration.ofSeconds(30);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Logger log = LoggerFactory.getLogger(SlackResponder.class);

  private final Slack slack;
  private final SlackHealth health;
  private final SlackPause pause;

  SlackResponder(Slack slack, SlackHealth health, SlackPause pause) {
    this.slack = slack;
    this.health = health;
    this.pause = pause;
  }

  /**
   * Posts messages to the interaction's response URL, in order. More than Slack allows per URL are cut, with a line
   * saying so.
   */
  void respond(SlackInteraction i, List<SlackMessage> messages, String responseType, boolean replaceOriginal) {
    List<SlackMessage> send = new ArrayList<>(messages);
    if (send.size() > SlackLimits.MAX_RESPONSE_URL_POSTS) {
      int dropped = send.size() - SlackLimits.MAX_RESPONSE_URL_POSTS + 1;
      send = new ArrayList<>(send.subList(0, SlackLimits.MAX_RESPONSE_URL_POSTS - 1));
      send.add(SlackReplyBlocks.notice(dev.herald.render.NoticeView.info(dropped
          + " more messages did not fit in one answer; try a narrower query.")));
    }
    for (int n = 0; n < send.size(); n++) {
      ObjectNode body = SlackPayloads.response(send.get(n), responseType, replaceOriginal && n == 0);
      if (!postResponse(i, body.toString())) return;
    }
  }

  private boolean postResponse(SlackInteraction i, String json) {
    for (int attempt = 1; ; attempt++) {
      Request request = new Request.Builder().url(i.responseUrl()).post(RequestBody.create(json, JSON)).build();
      try (Response r = slack.getHttpClient().getOkHttpClient().newCall(request).execute()) {
        if (r.isSuccessful()) return true;
        Optional<Duration> wait = SlackErrors.retryAfter(r.header("Retry-After"));
        if (r.code() == 429 && attempt < MAX_ATTEMPTS && waitFor(wait.orElse(SlackErrors.DEFAULT_RETRY_AFTER))) {
          continue;
        }
        failed(i, "response_url", "HTTP " + r.code());
        return false;
      } catch (IOException e) {
        failed(i, "response_url", e.getClass().getSimpleName());
        return false;
      }
    }
  }

  /** Replaces message {@code ts}; false when it could not (the failure is recorded). */
  boolean update(SlackInteraction i, String ts, SlackMessage m) {
    ChatUpdateRequest req = ChatUpdateRequest.builder()
        .channel(i.channelId())
        .ts(ts)
        .text(m.text())
        .blocksAsString(m.blocksJson())
        .linkNames(false)
        .build();
    return call(i, "chat.update", () -> slack.methods(i.token(), i.teamId()).chatUpdate(req));
  }

  /** Replies in the thread of message {@code ts}. */
  boolean replyInThread(SlackInteraction i, String ts, SlackMessage m) {
    ChatPostMessageRequest req = ChatPostMessageRequest.builder()
        .channel(i.channelId())
        .threadTs(ts)
        .text(m.text())
        .blocksAsString(m.blocksJson())
        .linkNames(false)
        .mrkdwn(true)
        .unfurlLinks(false)
        .unfurlMedia(false)
        .build();
    return call(i, "chat.postMessage", () -> slack.methods(i.token(), i.teamId()).chatPostMessage(req));
  }

  @FunctionalInterface
  interface ApiCall {
    SlackApiTextResponse run() throws IOException, SlackApiException;
  }

  private boolean call(SlackInteraction i, String method, ApiCall call) {
    for (int attempt = 1; ; attempt++) {
      try {
        SlackApiTextResponse r = call.run();
        if (r.isOk()) return true;
        if (r.getError() != null && r.getError().equals("ratelimited") && attempt < MAX_ATTEMPTS
            && waitFor(SlackErrors.DEFAULT_RETRY_AFTER)) {
          continue;
        }
        failed(i, method, r.getError());
        return false;
      } catch (SlackApiException e) {
        Optional<Duration> wait = SlackErrors.retryAfter(e.getResponse().header("Retry-After"));
        if (e.getResponse().code() == 429 && attempt < MAX_ATTEMPTS
            && waitFor(wait.orElse(SlackErrors.DEFAULT_RETRY_AFTER))) {
          continue;
        }
        failed(i, method, SlackErrors.fromApiException(method, e).getMessage());
        return false;
      } catch (IOException e) {
        failed(i, method, e.getClass().getSimpleName());
        return false;
      }
    }
  }

  /** Waits when Slack asked for a reasonable time; false (give up) when it asked for too long or we were stopped. */
  private boolean waitFor(Duration d) {
    if (d.compareTo(MAX_WAIT) > 0) return false;
    try {
      pause.pause(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void failed(SlackInteraction i, String method, String error) {
    log.warn("Slack {} failed for {}: {}", method, i, error);
    health.failed(new WorkspaceKey(Platform.SLACK, i.teamId()), i.channelId(), method, String.valueOf(error));
  }
}
