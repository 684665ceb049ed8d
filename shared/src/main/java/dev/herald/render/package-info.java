/**
 * Stage 5, render: platform-neutral views of briefings, stories, sections, sources and notices. Pure functions from
 * model to {@link dev.herald.render.View}; each platform adapter turns a view into its own payload.
 *
 * <p>In: model records (briefings, stories, summaries). Out: {@code View}s. Must not import anything of Herald but
 * model and text (ArchitectureTest), and never any platform SDK.
 */
package dev.herald.render;
