package dev.herald.bot.discord;

import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.Response;

/**
 * Discord failures in delivery's terms. Missing Access (50001), Unknown Channel (10003), Missing Permissions (50013),
 * any other 403, and JDA's own permission checks (which refuse before sending) mean Herald lost the channel; 429 is
 * a rate limit with its {@code retry_after}; 5xx, network errors and timeouts are transient; any other 4xx (a bad
 * payload, a deleted message) is rejected. Pure.
 */
final class DiscordFailures {
  static final Set<Integer> LOST_ACCESS_CODES = Set.of(50001, 10003, 50013);

  private DiscordFailures() {}

  static PublishException classify(String what, Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof InsufficientPermissionException p) {
      return new PublishException(Kind.LOST_ACCESS, what + ": Herald lacks " + p.getPermission().getName()
          + " in this channel", null, p);
    }
    if (t instanceof RateLimitedException r) {
      return new PublishException(Kind.RATE_LIMITED, what + ": rate limited", Duration.ofMillis(r.getRetryAfter()), r);
    }
    if (t instanceof ErrorResponseException e) return response(what, e);
    if (t instanceof TimeoutException || t instanceof IOException || t instanceof UncheckedIOException
        || t instanceof InterruptedException) {
      return new PublishException(Kind.TRANSIENT, what + ": " + t, null, t);
    }
    if (t instanceof IllegalArgumentException) {
      return new PublishException(Kind.REJECTED, what + ": " + t.getMessage(), null, t);
    }
    return new PublishException(Kind.TRANSIENT, what + ": " + t, null, t);
  }

  private static PublishException response(String what, ErrorResponseException e) {
    Response r = e.getResponse();
    int status = r == null ? -1 : r.code;
    String detail = what + ": " + e.getMeaning() + " (" + (status > 0 ? "HTTP " + status + ", " : "") + "code "
        + e.getErrorCode() + ")";
    if (LOST_ACCESS_CODES.contains(e.getErrorCode()) || status == 403) {
      return new PublishException(Kind.LOST_ACCESS, detail, null, e);
    }
    if (status == 429) {
      long millis = r.retryAfter > 0 ? r.retryAfter : 1000;
      return new PublishException(Kind.RATE_LIMITED, detail, Duration.ofMillis(millis), e);
    }
    if (status < 0 || status >= 500 || e.isServerError()) return new PublishException(Kind.TRANSIENT, detail, null, e);
    return new PublishException(Kind.REJECTED, detail, null, e);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException
        || cur.getClass() == RuntimeException.class) && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }
}
