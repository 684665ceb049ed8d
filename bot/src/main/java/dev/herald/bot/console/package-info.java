/**
 * The console adapter: a local channel in the terminal, the third platform beside Slack and Discord. It renders views
 * as plain text in the reference briefing layout and accepts the same commands as chat users, typed or piped.
 *
 * <p>In: lines typed or piped on stdin, and delivery's views. Out: text on the terminal. Must not import slack,
 * discord, cli or bench (ArchitectureTest).
 */
package dev.herald.bot.console;
