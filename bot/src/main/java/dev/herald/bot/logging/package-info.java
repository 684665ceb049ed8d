/**
 * Logging that an outsider cannot forge: logback converters that write every event as one line, with control and bidi
 * characters in messages and exceptions escaped ({@link dev.herald.text.ControlChars}). Configured in
 * {@code logback.xml}.
 */
package dev.herald.bot.logging;
