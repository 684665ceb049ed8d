/**
 * Operations: Herald's meters on Micrometer with its Prometheus registry ({@link dev.herald.bot.ops.MicrometerMetrics}),
 * the readiness checks ({@link dev.herald.bot.ops.Readiness}) and the HTTP endpoint that serves {@code /metrics},
 * {@code /healthz} and {@code /readyz} ({@link dev.herald.bot.ops.OpsServer}), wired by {@link dev.herald.bot.ops.Ops}.
 * The endpoint answers from memory: checks and gauges are refreshed in the background, so a scrape never waits for
 * the database and never touches a chat platform.
 *
 * <p>In: the stages' events through HeraldMetrics, the database and delivery for readiness. Out: Prometheus text and
 * health JSON over HTTP. Must not import the platform adapters, cli, bench or fake.
 */
package dev.herald.bot.ops;
