/**
 * The composition root: {@link dev.herald.bot.Main} (the {@code herald} command line) and {@link dev.herald.bot.Herald}
 * (one Herald instance: the core services built once, by hand, from the configuration, then, for {@code run}, delivery
 * and the platform adapters the secrets allow, started and stopped together; the adapters are wired by its package's
 * {@code Platforms}).
 *
 * <p>In: the configuration, the secrets and the command line. Out: a running Herald or one command's output. May
 * import every package of shared and the adapters; must not import bench or fake (ArchitectureTest): the product never
 * needs a test double.
 */
package dev.herald.bot;
