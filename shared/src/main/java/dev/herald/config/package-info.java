/**
 * Configuration: {@code config/herald.yaml} (settings), {@code config/feeds.yaml} (instance feeds), {@code
 * config/topics.yaml} (topics, {@link dev.herald.config.TopicsConfig}) and the
 * environment (secrets only). Loading fails with a {@link dev.herald.config.ConfigException} whose message is one line
 * naming the file and the key.
 *
 * <p>In: the YAML files and the environment. Out: immutable config records (HeraldConfig, FeedsConfig, TopicsConfig,
 * Secrets). Must not import any other Herald package but model and text (ArchitectureTest).
 */
package dev.herald.config;
