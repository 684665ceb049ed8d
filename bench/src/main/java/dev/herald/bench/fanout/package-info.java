/**
 * The delivery benchmarks behind {@code bot/herald bench fanout} and {@code bot/herald bench crash}: one briefing
 * fanned out to many channels through a real platform adapter against its local fake server, which enforces the
 * platform's documented limits with 429s and counts duplicates. Not used by the running bot.
 *
 * <p>In: a benchmark's options and the fake platforms. Out: figures printed by the bench commands. May import the
 * adapters, fake and shared; no product class may import it (ArchitectureTest).
 */
package dev.herald.bench.fanout;
