/**
 * The console adapter: a local channel in the terminal, the third platform beside Slack and Discord. It renders views
 * as plain text in the reference briefing layout and accepts the same commands as chat users, typed or piped.
 */
package dev.herald.bot.console;
