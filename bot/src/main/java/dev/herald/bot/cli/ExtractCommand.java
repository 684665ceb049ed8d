package dev.herald.bot.cli;

import dev.herald.articles.extract.ExtractedPage;
import dev.herald.articles.extract.PageExtractor;
import dev.herald.articles.fulltext.HtmlBytes;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FetchedPage;
import dev.herald.feeds.PageFetcher;
import dev.herald.feeds.PageFetchers;
import dev.herald.feeds.Reasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald extract [--url URL] [--json] FILE|URL...}: the article of each page, as Herald reads it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Read article pages (files, .html.gz read as gzip, or http(s) URLs fetched with the feed fetcher's"
        + " rules) and print what Herald extracts: the body, headline, site name, author, date, lead image, and"
        + " whether the page is the article at all ('used': article, paywall, consent, javascript, login, redirect,"
        + " video, too_short).",
        "With --json, one JSON line per input: {source, url, title, site_name, author, published, image, text, used,"
            + " reason}; text is the body, paragraphs separated by a blank line.",
        "Exit 2 with one line on stderr per input that is missing, refused, or not an HTML page."})
final class ExtractCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "HTML files (.html.gz as gzip) or http(s) URLs")
  List<String> sources;

  @Option(names = "--url", paramLabel = "URL",
      description = "the address the FILEs were served at (the base for relative links; default: the file's path)")
  String url;

  @Option(names = "--json", description = "one JSON object per input")
  boolean json;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HeraldConfig config = CliHome.config(CliHome.home());
    long maxBytes = config.fullText().maxPageBytes();
    Optional<URI> base = url == null ? Optional.empty() : Optional.of(PageFiles.httpUrl(url, "--url"));
    PageExtractor extractor = new PageExtractor();
    PageFetcher fetcher = null;
    List<String> failures = new ArrayList<>();
    for (String source : sources) {
      try {
        FetchedPage page;
        if (PageFiles.isUrl(source)) {
          if (fetcher == null) {
            fetcher = PageFetchers.fromConfig(config.fetch(), config.fullText(), CliHome.version()).apply(null);
          }
          page = fetch(fetcher, source);
        } else {
          page = PageFiles.read(source, base, maxBytes);
        }
        String html = HtmlBytes.decode(page.body(), page.charset());
        PageFiles.requireHtml(source, html);
        print(out, source, page.finalUrl(), extractor.extract(html, page.finalUrl()));
      } catch (CliFailure f) {
        failures.add(f.getMessage());
      }
    }
    out.flush();
    if (failures.isEmpty()) return;
    for (int i = 0; i < failures.size() - 1; i++) err.println("herald: " + failures.get(i));
    throw new CliFailure(failures.get(failures.size() - 1));
  }

  private static FetchedPage fetch(PageFetcher fetcher, String source) {
    URI uri = PageFiles.httpUrl(source, source);
    try {
      return fetcher.page(uri);
    } catch (IOException e) {
      throw new CliFailure(source + ": " + Reasons.describe(e));
    }
  }

  private void print(PrintWriter out, String source, URI at, ExtractedPage page) {
    String published = page.published().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null);
    String image = page.image().map(URI::toString).orElse(null);
    if (json) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("source", source);
      line.put("url", at.toString());
      line.put("title", page.title());
      line.put("site_name", page.siteName());
      line.put("author", page.author());
      line.put("published", published);
      line.put("image", image);
      line.put("text", page.text());
      line.put("used", page.verdict().kind().label());
      line.put("reason", page.verdict().reason());
      JsonLines.write(out, line);
      return;
    }
    out.println("# " + (page.title().isEmpty() ? "(no headline)" : page.title())
        + (page.siteName().isEmpty() ? "" : " — " + page.siteName()));
    out.println(String.format(Locale.ROOT, "%s: %s", page.verdict().kind().label(), page.verdict().reason()));
    if (!page.author().isEmpty()) out.println("by " + page.author());
    if (published != null) out.println("published " + published);
    if (image != null) out.println("image " + image);
    out.println("<" + at + ">");
    if (!page.text().isEmpty()) out.println("\n" + page.text());
    out.println();
  }
}
