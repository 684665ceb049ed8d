/**
 * The long-running service around the stages: {@link dev.herald.runtime.Delivery} wires the pipeline (polled
 * continuously), delivery (schedules, alerts, living stories, the outbox) and the chat ports delivery answers
 * ({@code /herald status}, {@code /herald retry}, schedule changes). It sits on top of the stages, chat and pipeline,
 * like the composition root; nothing in a stage may import it.
 *
 * <p>In: the stores, the pipeline, the config and each platform's Publisher. Out: a started service and the chat ports
 * it answers. May import the stages, chat and pipeline; nothing but the composition root imports it.
 */
package dev.herald.runtime;
