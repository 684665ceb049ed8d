package dev.herald.render;

/**
 * A platform-neutral view: what to show, not how. Each platform renderer turns every kind into its own payload (Block
 * Kit, embeds, terminal text). Every text inside a view is untrusted unless its Javadoc says otherwise: renderers
 * escape it for their target.
 */
public sealed interface View
    permits BriefingView, StoryView, SectionView, SourcesView, LookupView, NoticeView, InfoView {}
