package dev.herald.articles.fulltext;

import dev.herald.articles.extract.ExtractedPage;
import dev.herald.articles.extract.PageExtractor;
import dev.herald.feeds.FetchedPage;
import dev.herald.feeds.ImageUrls;
import dev.herald.model.TextReason;
import java.net.URI;

/** The production {@link PageReader}: {@link PageExtractor} over the decoded page. Stateless and thread-safe. */
public final class ExtractorPageReader implements PageReader {
  private final PageExtractor extractor = new PageExtractor();

  @Override
  public PageReading read(FetchedPage page) {
    ExtractedPage p = extractor.extract(HtmlBytes.decode(page.body(), page.charset()), page.finalUrl());
    TextReason verdict = verdict(p);
    String image = p.image().map(URI::toString).filter(ImageUrls::shareable).orElse("");
    String detail = verdict == TextReason.PAGE ? "" : p.verdict().reason();
    return new PageReading(verdict, detail, verdict == TextReason.PAGE ? p.text() : "", p.siteName(), image,
        p.author());
  }

  private static TextReason verdict(ExtractedPage p) {
    return switch (p.verdict().kind()) {
      case ARTICLE -> p.paragraphs().isEmpty() ? TextReason.TOO_LITTLE : TextReason.PAGE;
      case PAYWALL -> TextReason.PAYWALL;
      case CONSENT -> TextReason.CONSENT;
      case JAVASCRIPT -> TextReason.JS_SHELL;
      case LOGIN -> TextReason.LOGIN;
      case REDIRECT -> TextReason.AMP_REDIRECT;
      case VIDEO -> TextReason.VIDEO;
      case TOO_SHORT -> TextReason.TOO_LITTLE;
    };
  }
}
