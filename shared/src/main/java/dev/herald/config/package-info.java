/**
 * Configuration: {@code config/herald.yaml} (settings), {@code config/feeds.yaml} (instance feeds), {@code
 * config/topics.yaml} (topics, {@link dev.herald.config.TopicsConfig}) and the
 * environment (secrets only). Loading fails with a {@link dev.herald.config.ConfigException} whose message is one line
 * naming the file and the key. Imports only {@code dev.herald.model}.
 */
package dev.herald.config;
