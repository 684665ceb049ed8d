package dev.herald.bot.slack;

/**
 * Slack's Block Kit limits (docs.slack.dev, "Block Kit reference"). The SDK does not check them and Slack rejects a
 * message that breaks one ({@code invalid_blocks}), so the renderer counts against these before sending.
 */
final class SlackLimits {
  /** Blocks in one message. */
  static final int MAX_BLOCKS = 50;
  /** Characters in one text object (section text, context element). */
  static final int MAX_TEXT = 3_000;
  /** Characters in a header's plain text. */
  static final int MAX_HEADER = 150;
  /** Characters in a button's label. */
  static final int MAX_BUTTON_LABEL = 75;
  /** Characters in a button's value. */
  static final int MAX_BUTTON_VALUE = 2_000;
  /** Characters in an action id, and in a block id. */
  static final int MAX_ACTION_ID = 255;
  /** Elements in one actions block. */
  static final int MAX_ACTIONS = 25;
  /** Elements in one context block. */
  static final int MAX_CONTEXT_ELEMENTS = 10;
  /** Characters of a message's top-level notification text that Slack keeps; Slack advises at most 4,000. */
  static final int MAX_FALLBACK_TEXT = 4_000;
  /** Characters in an image element's URL. */
  static final int MAX_IMAGE_URL = 3_000;
  /** Characters in an image element's alt text. */
  static final int MAX_ALT_TEXT = 2_000;
  /** Times a response_url may be used (within 30 minutes of the interaction). */
  static final int MAX_RESPONSE_URL_POSTS = 5;

  private SlackLimits() {}
}
