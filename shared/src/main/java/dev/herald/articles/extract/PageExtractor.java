package dev.herald.articles.extract;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page: the body as clean paragraphs (no navigation, related links, share prompts, captions and
 * credits, newsletter boxes, comments or ads), the headline, the site's name, the lead image (https only), the
 * author and the publication time, and a verdict of whether the page is the article at all (or a paywall, a
 * cookie-consent interstitial, a JavaScript shell, a login page, a redirect stub, a video page, or too short).
 *
 * <p>Pure: it never fetches anything (links and images are only resolved against {@code pageUrl}). Stateless and
 * thread-safe; one instance may serve every thread. How it works: README, "Article text".
 */
public final class PageExtractor {

  /** Extracts the article from {@code html}, a whole page, as served at {@code pageUrl}. */
  public ExtractedPage extract(String html, URI pageUrl) {
    Objects.requireNonNull(html, "html == null");
    Objects.requireNonNull(pageUrl, "pageUrl == null");
    Document doc = Jsoup.parse(html, pageUrl.toString());
    PagePruner.Pruned pruned = PagePruner.prune(doc);
    PageSignals signals = pruned.signals();
    PageMetadata meta = PageMetadata.read(doc, pageUrl, JsonLd.read(signals.jsonLd), signals);
    Element root = doc.childrenSize() == 0 ? null : doc.child(0);
    signals.amp = root != null && (root.hasAttr("amp") || root.hasAttr("⚡"));
    ContentFinder.Content content = ContentFinder.find(doc.body(), pruned.stats());
    List<String> paragraphs = ParagraphWriter.write(content.containers(), content.stats());
    PageJudge.Judgement j = PageJudge.judge(paragraphs, meta, signals, pageUrl);
    return new ExtractedPage(meta.title(), meta.siteName(), meta.author(), meta.published(), meta.image(),
        meta.refresh().or(meta::canonical), j.paragraphs(), j.verdict());
  }
}
