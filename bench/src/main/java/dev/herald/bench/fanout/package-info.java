/**
 * The delivery benchmarks behind {@code bot/herald bench fanout} and {@code bot/herald bench crash}: one briefing
 * fanned out to many channels through a real platform adapter against its local fake server, which enforces the
 * platform's documented limits with 429s and counts duplicates; and {@code bot/herald bench ack}: Slack HTTP mode's
 * acknowledgements under load and under a slow-client attack, beside a bare Bolt app. Not used by the running bot.
 *
 * <p>In: a benchmark's options and the fake platforms (testkit). Out: figures printed by the bench commands. May
 * import the adapters' public entry points, testkit and shared; must not import the bench commands
 * ({@code dev.herald.bench}), which import it. The product never imports it (BotArchitectureTest).
 */
package dev.herald.bench.fanout;
