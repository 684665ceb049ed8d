/**
 * Stage 6, delivery: getting views to channels, reliably. The {@link dev.herald.delivery.Publisher} port each
 * platform adapter implements; daily briefings per channel at its local time on a persistent db-scheduler schedule
 * ({@link dev.herald.delivery.DailySchedule}: one per local day, daylight-saving days included, a missed one sent
 * late once); topic alerts and living-story edits after each pipeline run; the outbox (every send a row keyed by
 * platform, workspace, channel, story, version and kind) sent by one dispatcher per platform through its rate
 * governor, with retries, parking, channel pauses and crash recovery; the schedule of the recurring feed poll (what a
 * poll does is given to it: the pipeline's {@code FeedPoller}). {@link
 * dev.herald.delivery.DeliveryEngine} assembles it.
 *
 * <p>Input: stories and summaries in the store, pipeline run outcomes. Output: messages on platforms, rows in the
 * outbox. Last stage: may import every earlier one, never chat, pipeline or runtime. Scheduled jobs never receive a
 * platform client, only a Publisher.
 */
package dev.herald.delivery;
