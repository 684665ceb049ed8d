package dev.herald.articles.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The article extraction benchmark's pages in the shared corpus ({@code articles/}: {@code html/<id>.html.gz} and
 * {@code ground-truth.json}), read in place and never copied. Pages come sorted by id, so "every other page" is a
 * stable split: even positions are the half rules were tuned on, odd positions the held-out half.
 */
public final class ArticleCorpus {
  public static final String DIR = "articles";
  public static final String GROUND_TRUTH = DIR + "/ground-truth.json";

  /** One page: its id, the URL it was fetched from, its HTML and the checked article body. */
  public record Page(String id, URI url, String html, String truth) {
    public Page {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(html, "html == null");
      Objects.requireNonNull(truth, "truth == null");
    }
  }

  private ArticleCorpus() {}

  public static List<Page> load(Path corpusRoot) {
    Path dir = corpusRoot.resolve(DIR);
    try {
      JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
      List<String> ids = new ArrayList<>();
      for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) ids.add(it.next());
      ids.sort(null);
      List<Page> pages = new ArrayList<>(ids.size());
      for (String id : ids) {
        JsonNode t = truth.get(id);
        pages.add(new Page(id, URI.create(t.path("url").asText()), gunzip(dir.resolve("html/" + id + ".html.gz")),
            t.path("articleBody").asText("")));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the article corpus in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
