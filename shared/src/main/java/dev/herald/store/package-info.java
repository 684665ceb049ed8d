/**
 * Persistence: the {@link dev.herald.store.Database} and the stores behind their interfaces. All SQL in Herald lives
 * in this package and its migrations ({@code db/migration/common} is portable SQL for SQLite and PostgreSQL;
 * {@code db/migration/sqlite} holds what only SQLite has, such as FTS5 tables).
 *
 * <p>Imports only {@code dev.herald.model}. Every {@link java.sql.SQLException} leaves as a {@link
 * dev.herald.store.StoreException}. Times are stored as epoch milliseconds ({@code BIGINT}), booleans as {@code
 * INTEGER} 0/1, so that the same statements run on both databases.
 */
package dev.herald.store;
