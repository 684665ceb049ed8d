/**
 * The long-running service around the stages: {@link dev.herald.runtime.Delivery} wires the pipeline (polled
 * continuously), delivery (schedules, alerts, living stories, the outbox) and the chat ports delivery answers
 * ({@code /herald status}, {@code /herald retry}, schedule changes). It sits on top of the stages, chat and pipeline,
 * like the composition root; nothing in a stage may import it.
 */
package dev.herald.runtime;
