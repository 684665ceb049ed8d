/** The one place the stages are wired into a run: feeds, articles, stories, digest. */
package dev.herald.pipeline;
