package dev.herald.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature ({@code v0=} HMAC-SHA256 of {@code v0:<timestamp>:<raw body>} with the signing secret),
 * checked on the raw bytes before anything reads the body's meaning. The timestamp must be plain decimal seconds
 * within {@value #WINDOW_SECONDS} seconds of now either way, so a captured request cannot be replayed later and a
 * request dated in the future is no exception; the comparison is constant-time ({@link MessageDigest#isEqual}).
 * Thread-safe.
 */
final class SlackSignatures {
  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";
  static final long WINDOW_SECONDS = 5 * 60;
  /** At most 11 digits: no sign, no overflow, nothing a parser could read two ways. */
  private static final Pattern SECONDS = Pattern.compile("\\d{1,11}");
  private static final Pattern V0 = Pattern.compile("v0=[0-9a-f]{64}");

  /** Why a request was refused; {@link #OK} when it was not. */
  enum Verdict {
    OK, MISSING, MALFORMED, STALE, WRONG
  }

  private final SecretKeySpec key;
  private final Clock clock;
  private final ThreadLocal<Mac> macs;

  SlackSignatures(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isEmpty()) throw new IllegalArgumentException("no signing secret");
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** The checks that need no body: both headers present and well-formed, the timestamp within the window. */
  Verdict headers(String timestamp, String signature) {
    if (timestamp == null || signature == null) return Verdict.MISSING;
    if (!SECONDS.matcher(timestamp).matches() || !V0.matcher(signature).matches()) return Verdict.MALFORMED;
    long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
    return Math.abs(age) > WINDOW_SECONDS ? Verdict.STALE : Verdict.OK;
  }

  /** Every check, the signature over the raw body included. */
  Verdict verify(String timestamp, String signature, byte[] body) {
    Verdict v = headers(timestamp, signature);
    if (v != Verdict.OK) return v;
    Mac mac = macs.get();
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
    byte[] expected = ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)) ? Verdict.OK
        : Verdict.WRONG;
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
