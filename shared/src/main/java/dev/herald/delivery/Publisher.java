package dev.herald.delivery;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
import java.util.Optional;

/**
 * The port each platform adapter implements to post into its channels. One call posts exactly one message; the
 * delivery stage splits a briefing into one message per story. Scheduled jobs hold a Publisher, never a platform
 * client.
 *
 * <p>Implementations are thread-safe and do not retry: they report each failure as a {@link PublishException} with
 * its kind, and the delivery stage decides (retry after, back off, park, pause the channel).
 */
public interface Publisher {
  Platform platform();

  /**
   * Posts {@code view} to {@code channel} as one message.
   *
   * @param key the delivery's idempotency key; the adapter attaches it to the message where the platform allows
   *     (Slack message metadata, Discord nonce with {@code enforce_nonce}) so that a repeat after a crash is found
   *     or refused instead of doubled
   * @return the platform's id of the posted message, for later edits
   */
  String post(ChannelKey channel, View view, String key) throws PublishException;

  /** Replaces a posted message's content (a living story that grew, an expanded section). */
  void edit(ChannelKey channel, String messageId, View view) throws PublishException;

  /**
   * After a crash between posting and recording: the id of a message already posted to {@code channel} with {@code
   * key}, if the platform can tell. Empty means "not posted, or the platform cannot say"; for the latter the
   * adapter's {@link #post} must itself be idempotent for a while (Discord's nonce window).
   */
  Optional<String> findPosted(ChannelKey channel, String key) throws PublishException;

  /**
   * Whether the platform client is up: logged in, and the requests of its start-up answered (Discord: the slash
   * commands registered). Delivery sends nothing on the platform before, and, since those requests count against the
   * platform-wide limits and delivery does not pace them, nothing for one window of those limits after it turns true.
   * Default: always up.
   */
  default boolean ready() {
    return true;
  }
}
