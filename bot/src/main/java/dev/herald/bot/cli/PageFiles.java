package dev.herald.bot.cli;

import dev.herald.feeds.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Pages read from files for {@code extract}: gzip inflated (with the page size cap), and checked to be HTML. */
final class PageFiles {
  private PageFiles() {}

  static boolean isUrl(String source) {
    String lower = source.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** {@code s} as an absolute http(s) URL, or a one-line failure naming {@code what}. */
  static URI httpUrl(String s, String what) {
    try {
      URI u = new URI(s.strip());
      if (!isUrl(s) || u.getHost() == null) throw new CliFailure(what + ": not an http(s) URL");
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new CliFailure(what + ": not a valid URL");
    }
  }

  /** A file's bytes (inflated when gzip, whatever its name), as if fetched from {@code base} or the file itself. */
  static FetchedPage read(String source, Optional<URI> base, long maxBytes) {
    Path path = Path.of(source);
    if (Files.isDirectory(path)) throw new CliFailure(source + ": is a directory; give page files");
    if (!Files.isRegularFile(path)) throw new CliFailure(source + ": no such file");
    try {
      if (Files.size(path) > maxBytes) throw new CliFailure(source + ": larger than the page size cap");
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) bytes = gunzip(source, bytes,
          maxBytes);
      return new FetchedPage(base.orElse(path.toAbsolutePath().toUri()), bytes, Optional.empty());
    } catch (IOException e) {
      throw new CliFailure(source + ": cannot read: " + e.getMessage());
    }
  }

  private static byte[] gunzip(String source, byte[] gz, long maxBytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (out.length > maxBytes) throw new CliFailure(source + ": larger than the page size cap once decompressed");
      return out;
    } catch (IOException e) {
      throw new CliFailure(source + ": a corrupt gzip file" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** Fails unless {@code text} looks like an HTML document (feeds, JSON, plain text and binaries are refused). */
  static void requireHtml(String source, String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.indexOf('\0') >= 0) throw new CliFailure(source + ": not an HTML page (binary data)");
    if (head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"))) {
      throw new CliFailure(source + ": not an HTML page (a feed; use herald parse)");
    }
    boolean html = head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body") || head.contains("<meta") || head.contains("<title") || head.contains("<div")
        || head.contains("<p>") || head.contains("<article");
    if (!html) throw new CliFailure(source + ": not an HTML page");
  }
}
