package dev.herald.bot.slack;

import com.slack.api.methods.SlackApiException;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Slack's failures, classified for delivery ({@link PublishException.Kind}). */
final class SlackErrors {
  /** When Slack says "ratelimited" without a Retry-After. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  /** Herald can no longer post there: pause the channel (or the workspace) until someone fixes it. */
  static final Set<String> LOST_ACCESS = Set.of("channel_not_found", "not_in_channel", "is_archived",
      "missing_scope", "account_inactive", "token_revoked", "invalid_auth", "not_authed", "token_expired",
      "no_permission", "restricted_action", "team_access_not_granted", "ekm_access_denied", "org_login_required",
      "team_not_found", "app_uninstalled");
  /** This message can never be posted as it is: park it. */
  static final Set<String> REJECTED = Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long",
      "no_text", "too_many_attachments", "invalid_metadata_format", "invalid_metadata_schema",
      "metadata_too_large", "message_not_found", "cant_update_message", "edit_window_closed",
      "msg_blocks_too_long", "invalid_arguments", "invalid_arg_name", "invalid_form_data", "invalid_json",
      "json_not_object", "duplicate_message_not_found", "markdown_text_conflict");
  /** Slack's own trouble: retry with backoff. */
  static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
      "request_timeout");

  private SlackErrors() {}

  /** A Slack {@code error} code from a 200 answer with {@code ok: false}. */
  static PublishException fromError(String method, String error) {
    String code = error == null || error.isBlank() ? "unknown_error" : error;
    String message = "Slack " + method + ": " + code;
    if (code.equals("ratelimited") || code.equals("rate_limited")) {
      return PublishException.rateLimited(message, DEFAULT_RETRY_AFTER);
    }
    if (LOST_ACCESS.contains(code)) return new PublishException(Kind.LOST_ACCESS, message);
    if (TRANSIENT.contains(code)) return new PublishException(Kind.TRANSIENT, message);
    // an error code Herald does not know: retrying the same call will not change Slack's mind
    return new PublishException(Kind.REJECTED, message);
  }

  /** A non-200 HTTP answer from the Slack SDK: see {@link #fromHttp}. */
  static PublishException fromApiException(String method, SlackApiException e) {
    String error = e.getError() == null ? null : e.getError().getError();
    return fromHttp(method, e.getResponse().code(), error, e.getResponse().header("Retry-After"), e);
  }

  /**
   * A non-200 HTTP answer: 429 with its Retry-After, 5xx transient, other 4xx by Slack's error code when the body had
   * one, else 401/403 lost access and the rest rejected.
   */
  static PublishException fromHttp(String method, int status, String error, String retryAfterHeader) {
    return fromHttp(method, status, error, retryAfterHeader, null);
  }

  private static PublishException fromHttp(String method, int status, String error, String retryAfterHeader,
      Exception cause) {
    if (status == 429) {
      return PublishException.rateLimited("Slack " + method + ": rate limited (429)",
          retryAfter(retryAfterHeader).orElse(DEFAULT_RETRY_AFTER));
    }
    if (status >= 500) return new PublishException(Kind.TRANSIENT, "Slack " + method + ": HTTP " + status, null, cause);
    if (error != null && !error.isBlank()) return fromError(method, error);
    return new PublishException(status == 401 || status == 403 ? Kind.LOST_ACCESS : Kind.REJECTED,
        "Slack " + method + ": HTTP " + status, null, cause);
  }

  /**
   * A 200 answer that is not a JSON object: Slack (or something in between) may or may not have acted, so it is
   * transient, which makes delivery look the message up before posting again.
   */
  static PublishException unreadable(String method, Exception cause) {
    return new PublishException(Kind.TRANSIENT, "Slack " + method + ": unreadable answer", null, cause);
  }

  static PublishException fromIo(String method, IOException e) {
    return new PublishException(Kind.TRANSIENT, "Slack " + method + ": " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), null, e);
  }

  /** Retry-After in whole seconds (Slack never sends the HTTP-date form); empty when absent or unreadable. */
  static Optional<Duration> retryAfter(String header) {
    if (header == null) return Optional.empty();
    try {
      long s = Long.parseLong(header.strip());
      return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
