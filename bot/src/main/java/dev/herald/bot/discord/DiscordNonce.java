package dev.herald.bot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A delivery's idempotency key in the two short forms Discord can carry: the message nonce (at most 25 characters,
 * checked by Discord with {@code enforce_nonce} for a few minutes) and the tag inside the Sources button's custom id
 * (which stays on the message for good, so {@link DiscordPublisher#findPosted} can read it back from the channel's
 * history). Both are prefixes of the key's SHA-256 in base64url: keys of any length fit, and equal keys give equal
 * forms.
 */
final class DiscordNonce {
  private DiscordNonce() {}

  static String nonce(String key) {
    return digest(key).substring(0, DiscordLimits.NONCE);
  }

  static String tag(String key) {
    return digest(key).substring(0, DiscordCustomId.TAG_MAX);
  }

  private static String digest(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
