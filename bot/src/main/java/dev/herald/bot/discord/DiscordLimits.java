package dev.herald.bot.discord;

/**
 * Discord's documented message limits, counted in UTF-16 units like JDA (a conservative count: Discord counts code
 * points, never more). The renderer keeps every payload inside them, so JDA's builders never throw.
 */
final class DiscordLimits {
  /** Embed title ({@code MessageEmbed.TITLE_MAX_LENGTH}). */
  static final int TITLE = 256;
  /** Embed author name. */
  static final int AUTHOR = 256;
  /** Embed description ({@code MessageEmbed.DESCRIPTION_MAX_LENGTH}). */
  static final int DESCRIPTION = 4096;
  /** Fields per embed. */
  static final int FIELDS = 25;
  /** Field name. */
  static final int FIELD_NAME = 256;
  /** Field value ({@code MessageEmbed.VALUE_MAX_LENGTH}). */
  static final int FIELD_VALUE = 1024;
  /** Embed footer text. */
  static final int FOOTER = 2048;
  /** Characters across all embeds of one message: title, description, fields, footer, author. */
  static final int MESSAGE_EMBED_TOTAL = 6000;
  /** Embeds per message. */
  static final int EMBEDS = 10;
  /** Message content. */
  static final int CONTENT = 2000;
  /** A component's custom id. */
  static final int CUSTOM_ID = 100;
  /** Action rows per message (classic components). */
  static final int ACTION_ROWS = 5;
  /** Buttons per action row. */
  static final int BUTTONS_PER_ROW = 5;
  /** Button label. */
  static final int BUTTON_LABEL = 80;
  /** A link button's URL. */
  static final int BUTTON_URL = 512;
  /** Any URL inside an embed (title link, masked link). */
  static final int EMBED_URL = 2000;
  /** Autocomplete choices per answer, and each choice's name and value. */
  static final int CHOICES = 25;
  static final int CHOICE_NAME = 100;
  static final int CHOICE_VALUE = 100;
  /** A message nonce. */
  static final int NONCE = 25;

  private DiscordLimits() {}
}
