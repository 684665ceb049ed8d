/**
 * Test doubles every module's tests and the benchmarks share that need nothing from Herald: {@link
 * dev.herald.testing.MutableClock}, the clock moved by hand, and {@link dev.herald.testing.Ports}, local ports. (The doubles of Herald's own ports, such as the in-memory
 * outbox, are in the same package among {@code shared}'s tests.)
 *
 * <p>In: nothing. Out: test doubles. Imports nothing from Herald.
 */
package dev.herald.testing;
