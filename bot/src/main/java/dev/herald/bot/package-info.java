/**
 * The composition root: {@link dev.herald.bot.Main} (the {@code herald} command line), {@link dev.herald.bot.App} (the
 * core services built once, by hand, from the configuration) and {@link dev.herald.bot.Platforms} (delivery and the
 * platform adapters the secrets allow, started and stopped together).
 *
 * <p>In: the configuration, the secrets and the command line. Out: a running Herald or one command's output. May
 * import every package of shared and the adapters; must not import bench or fake (ArchitectureTest): the product never
 * needs a test double.
 */
package dev.herald.bot;
