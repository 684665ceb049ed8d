/**
 * The Slack adapter, on Bolt for Java: slash commands ({@code /brief}, {@code /sources}, {@code /herald}) and buttons
 * in, {@link dev.herald.chat.ChatService} in the middle, Block Kit out ({@link dev.herald.bot.slack.SlackRenderer},
 * a pure function with golden tests), and {@link dev.herald.bot.slack.SlackPublisher} for delivery. Connects by
 * Socket Mode or HTTP ({@link dev.herald.bot.slack.SlackAdapter}).
 *
 * <p>Handlers are thin: acknowledge within Slack's three seconds, then translate, ask, render and answer on a worker.
 * Feed text is escaped and defused before it reaches Slack ({@link dev.herald.bot.slack.SlackText}); Block Kit limits
 * are named in {@link dev.herald.bot.slack.SlackLimits}. No SQL here: installations go through
 * {@link dev.herald.store.InstallationStore}.
 *
 * <p>In: Slack events (slash commands, actions) and delivery's views. Out: Block Kit payloads and Web API calls. Must
 * not import discord, console, cli, bench or fake (ArchitectureTest).
 */
package dev.herald.bot.slack;
