/**
 * Stage 5, render: platform-neutral views of briefings, stories, sections, sources and notices. Pure functions from
 * model to {@link dev.herald.render.View}; each platform adapter turns a view into its own payload.
 *
 * <p>Must not import delivery, and never any platform SDK.
 */
package dev.herald.render;
