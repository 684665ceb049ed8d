/**
 * Persistence: the {@link dev.herald.store.Database} (SQLite, or PostgreSQL shared by several instances) and the
 * stores behind their interfaces. All SQL in Herald lives in this package and its migrations ({@code
 * db/migration/common} is portable SQL for SQLite and PostgreSQL; {@code db/migration/sqlite} and {@code
 * db/migration/postgresql} hold what only one of them has: FTS5 or tsvector search, the scheduler's table).
 *
 * <p>Statements must be safe when another instance runs the same one at the same moment: upserts are one {@code
 * INSERT ... ON CONFLICT}, read-modify-write takes the row's lock first, claims are conditional updates. The few
 * statements that differ by vendor ({@link dev.herald.store.Database#vendor()}) are chosen here, never elsewhere.
 *
 * <p>Imports only {@code dev.herald.model}. Every {@link java.sql.SQLException} leaves as a {@link
 * dev.herald.store.StoreException}. Times are stored as epoch milliseconds ({@code BIGINT}), booleans as {@code
 * INTEGER} 0/1, so that the same statements run on both databases.
 *
 * <p>In: model records. Out: model records and store-owned rows (StoryVersion, and the outbox's records that delivery
 * builds and reads through the outbox ports: {@link dev.herald.store.OutboxEntry}, {@link dev.herald.store.OutboxRow},
 * {@link dev.herald.store.OutboxClaim}, {@link dev.herald.store.OutboxResult}, {@link dev.herald.store.PostedMessage},
 * {@link dev.herald.store.ChannelPause}, {@link dev.herald.store.ChannelPacing}, {@link dev.herald.store.BriefingRun}).
 * Must not import any other Herald package but model (ArchitectureTest).
 */
package dev.herald.store;
