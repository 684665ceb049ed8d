/**
 * The {@code herald} subcommands on picocli ({@link dev.herald.bot.cli.HeraldCommand}): {@code demo}, {@code run},
 * {@code parse}, {@code cluster}, {@code summarize}, {@code digest}, {@code extract}, {@code feeds ...} and the {@code
 * bench ...} commands, each with its own one-line usage errors (exit 2).
 *
 * <p>In: arguments, files and the configuration. Out: lines on stdout (JSON lines or text), one-line reasons on
 * stderr, an exit status. May import every package of shared, the composition root and the adapters (for {@code digest
 * --format slack|discord}); only the bench commands and their helpers may import bench or the evaluation packages.
 */
package dev.herald.bot.cli;
