/**
 * The Discord adapter, on JDA: slash commands ({@code /brief}, {@code /sources}, {@code /herald ...}) with typed
 * options and autocomplete, story cards as embeds with "Expand" and "Sources" buttons, and a
 * {@link dev.herald.delivery.Publisher} for scheduled briefings and alerts.
 *
 * <p>Expanding a section answers ephemerally (only the clicking user sees it) rather than editing the shared card in
 * place: several readers can expand different sections at once without changing what the channel sees, and the
 * card keeps showing the first section. It is idempotent: the answer is a pure function of the story, and a repeat
 * click by the same user on the same button within ten seconds is only acknowledged ({@code DiscordClickGuard}),
 * so a double click gives one answer. Every interaction is acknowledged within Discord's three seconds: answered at
 * once when ready within 1.5 s, otherwise deferred (ephemeral) first ({@code DiscordResponder}).
 *
 * <p>Input: JDA events and delivery's views. Output: Discord messages, always with empty allowed mentions and
 * escaped feed text. Handlers only translate: a {@link dev.herald.chat.ChatCommand} goes to
 * {@link dev.herald.chat.ChatService}, its view comes back through {@link dev.herald.bot.discord.DiscordRenderer}.
 * Entry points for the composition root: {@link dev.herald.bot.discord.DiscordBot} and, for {@code herald digest
 * --format discord}, {@link dev.herald.bot.discord.DiscordPayloads}. No SQL, no feed fetching, no summarising here;
 * nothing in {@code shared/} may import this package.
 *
 * <p>Must not import slack, console, cli, bench or fake (ArchitectureTest).
 */
package dev.herald.bot.discord;
