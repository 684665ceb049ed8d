package dev.herald.store;

/** A story at one version, as shown to a channel. */
public record StoryVersion(long storyId, int version) {}
