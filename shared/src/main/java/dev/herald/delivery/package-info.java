/**
 * Stage 6, delivery: getting views to channels: the {@link dev.herald.delivery.Publisher} port that each platform
 * adapter implements, schedules, alerts, the outbox and rate-limit governance.
 *
 * <p>Last stage: may import every earlier one. Scheduled jobs never receive a platform client, only a Publisher.
 */
package dev.herald.delivery;
