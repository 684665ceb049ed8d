/**
 * Herald's own measurements as a port: each stage reports what happened (a feed fetched, a delivery sent, a briefing
 * built) to {@link dev.herald.metrics.HeraldMetrics}; the composition root decides where it goes (Micrometer and its
 * Prometheus registry in {@code bot/}, nothing in tests that do not look). Imports only the model, so that any stage
 * may call it and the core carries no metrics library.
 *
 * <p>In: events from the stages and delivery. Out: nothing but calls on the port. Must not import any Herald package
 * but model (ArchitectureTest).
 */
package dev.herald.metrics;
