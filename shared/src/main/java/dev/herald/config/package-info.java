/**
 * Configuration: {@code config/herald.yaml} (settings), {@code config/feeds.yaml} (instance feeds), {@code
 * config/topics.yaml} (topics, {@link dev.herald.config.TopicsConfig}) and the
 * environment (secrets only). Loading fails with a {@link dev.herald.config.ConfigException} whose message is one line
 * naming the file and the key.
 *
 * <p>Names: {@link dev.herald.config.ConfigLoader} reads herald.yaml into {@link dev.herald.config.HeraldConfig}, one
 * record per section as written ({@code HeraldConfig.Delivery} is the {@code delivery:} section); a stage turns its
 * section into its own {@code *Settings} in Java types ({@code delivery.DeliverySettings}, {@code
 * stories.ClusterSettings}, {@code chat.ChatSettings}); a {@code *Config} class reads a file of its own ({@link
 * dev.herald.config.FeedsConfig}, {@link dev.herald.config.TopicsConfig}).
 *
 * <p>In: the YAML files and the environment. Out: immutable config records (HeraldConfig, FeedsConfig, TopicsConfig,
 * Secrets). Must not import any other Herald package but model and text (ArchitectureTest).
 */
package dev.herald.config;
