package dev.herald.store;

/**
 * The outbox, in its roles: the queue of sends ({@link OutboxQueue}), worked by dispatchers through claims
 * ({@link OutboxClaims}), channels paused after Herald lost access ({@link ChannelPauses}) and what was posted where
 * ({@link PostedMessages}). One store, because a pause parks queued rows and a sent row becomes a posted message in
 * the same transaction; each user depends on the role it needs, and tests fake only that.
 */
public interface OutboxStore extends OutboxQueue, OutboxClaims, ChannelPauses, PostedMessages {}
