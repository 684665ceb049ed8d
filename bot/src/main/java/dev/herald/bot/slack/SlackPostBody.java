package dev.herald.bot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code chat.postMessage} body of one message ({@link SlackPayloads#chatPostMessage(String, SlackMessage, String)}
 * as JSON bytes) for any channel and idempotency key: written once, with the text and blocks, and then only the
 * channel id and the key are written for each post. A briefing posts the same card to thousands of channels; writing
 * the whole tree again for each was about a tenth of the sender threads' CPU in {@code bot/herald bench fanout}.
 * Immutable; the bytes are exactly those of the tree, escaping included.
 */
final class SlackPostBody {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the tree is written with, then found at its ends and cut out: the channel is its first field, the key last but for two. */
  private static final String CHANNEL = "C";
  private static final String KEY = "K";
  private static final byte[] HEAD = ascii("{\"channel\":\"");
  private static final byte[] TAIL = ascii("\"}},\"unfurl_links\":false,\"unfurl_media\":false}");
  private static final byte[] QUOTE = ascii("\"");

  /** From the first field after the channel to the key's opening quote, excluded. */
  private final byte[] middle;

  SlackPostBody(SlackMessage message) {
    byte[] tree;
    try {
      tree = JSON.writeValueAsBytes(SlackPayloads.chatPostMessage(CHANNEL, message, KEY));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    int start = HEAD.length + CHANNEL.length() + QUOTE.length;
    int end = tree.length - TAIL.length - KEY.length();
    if (!startsWith(tree, HEAD, CHANNEL + "\"") || !endsWith(tree, KEY, TAIL)) {
      throw new IllegalStateException("chat.postMessage's fields are not where the body expects them");
    }
    this.middle = Arrays.copyOfRange(tree, start, end);
  }

  /** The body that posts the message to {@code channelId} with idempotency key {@code key}. */
  byte[] to(String channelId, String key) {
    byte[] channel = quoted(channelId);
    byte[] k = quoted(key);
    byte[] out = new byte[HEAD.length + channel.length + QUOTE.length + middle.length + k.length + TAIL.length];
    int at = put(out, 0, HEAD);
    at = put(out, at, channel);
    at = put(out, at, QUOTE);
    at = put(out, at, middle);
    at = put(out, at, k);
    put(out, at, TAIL);
    return out;
  }

  /**
   * The string as the tree's writer writes it, without its quotes: as it is when it is printable ASCII with nothing
   * to escape (channel ids and Herald's keys are), else through the writer itself (which writes a character outside
   * the Basic Multilingual Plane as two escapes).
   */
  private static byte[] quoted(String s) {
    byte[] out = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return written(s);
      out[i] = (byte) c;
    }
    return out;
  }

  private static byte[] written(String s) {
    try {
      byte[] json = JSON.writeValueAsBytes(s);
      return Arrays.copyOfRange(json, 1, json.length - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON string", e);
    }
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  private static boolean startsWith(byte[] tree, byte[] head, String then) {
    byte[] want = concat(head, ascii(then));
    return tree.length >= want.length && Arrays.equals(tree, 0, want.length, want, 0, want.length);
  }

  private static boolean endsWith(byte[] tree, String key, byte[] tail) {
    byte[] want = concat(ascii(key), tail);
    int from = tree.length - want.length;
    return from >= 0 && Arrays.equals(tree, from, tree.length, want, 0, want.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
