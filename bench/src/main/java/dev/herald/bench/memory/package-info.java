/**
 * What {@code bot/herald bench memory} measures a running Herald against: a synthetic archive of articles filed into
 * stories and summarised as a running Herald stores them ({@link dev.herald.bench.memory.NewsArchive},
 * {@link dev.herald.bench.memory.SyntheticNews}), a Herald home with its channels, schedule and subscriptions
 * ({@link dev.herald.bench.memory.MemoryHome}), a local feed server it polls ({@link dev.herald.bench.memory.FeedServer})
 * and the process's heap, resident set and threads ({@link dev.herald.bench.memory.ProcessMemory}, also used by
 * {@code bench cluster}). Not used by the running bot.
 *
 * <p>In: sizes and paths from the bench commands. Out: database files, a home directory, figures. May import shared
 * (store, digest, stories, model, config) and {@code dev.herald.bench.fanout} (the fake platforms' channel names);
 * must not import the bench commands ({@code dev.herald.bench}), which import it. The product never imports it
 * (BotArchitectureTest).
 */
package dev.herald.bench.memory;
