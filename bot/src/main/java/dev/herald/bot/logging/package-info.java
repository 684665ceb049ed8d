/**
 * Logging that an outsider cannot forge: logback converters that write every event as one line, with control and bidi
 * characters in messages and exceptions escaped ({@link dev.herald.text.ControlChars}). Configured in
 * {@code logback.xml}.
 *
 * <p>In: logback events. Out: one escaped line each. Must not import anything of Herald but text.
 */
package dev.herald.bot.logging;
