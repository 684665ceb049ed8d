package dev.herald.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Article pages from a local directory laid out by host and path, the way {@code wget --mirror} saves a site:
 * {@code https://harbortimes.example/2026/11/26/rail-strike} is {@code DIR/harbortimes.example/2026/11/26/rail-strike.html}
 * (or {@code .../rail-strike/index.html}), and the site's robots.txt is {@code DIR/harbortimes.example/robots.txt}.
 * Offline runs (the demo, {@code digest}) read the pages of file feeds this way, so they never touch the network. A
 * page with no local copy answers 404; a path that would leave the directory is refused. Thread-safe.
 */
public final class LocalPageFetcher implements PageFetcher {
  private final Path root;
  private final long maxBytes;

  public LocalPageFetcher(Path root, long maxBytes) {
    this.root = root.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  @Override
  public FetchedPage page(URI url) throws IOException {
    Path file = fileOf(url).orElseThrow(() -> notFound(url));
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".xhtml")) {
      throw new NotHtmlException(Optional.ofNullable(Files.probeContentType(file)).orElse(""));
    }
    if (Files.size(file) > maxBytes) throw new TooLargeException("page", maxBytes);
    try (InputStream in = Files.newInputStream(file)) {
      return new FetchedPage(url, BoundedRead.readAll(in, maxBytes, "page"), Optional.empty());
    }
  }

  @Override
  public RobotsFile robots(URI url) throws IOException {
    Optional<Path> site = site(url);
    Path file = site.map(s -> s.resolve("robots.txt")).orElse(null);
    if (file == null || !Files.isRegularFile(file)) return new RobotsFile(404, new byte[0], "");
    try (InputStream in = Files.newInputStream(file)) {
      return new RobotsFile(200, BoundedRead.readPrefix(in, 512 * 1024), "text/plain");
    }
  }

  /** The local copy of {@code url}, if there is one inside the directory. */
  Optional<Path> fileOf(URI url) {
    Optional<Path> site = site(url);
    if (site.isEmpty()) return Optional.empty();
    String path = url.normalize().getPath();
    if (path == null || path.contains("..")) return Optional.empty();
    String relative = path.replaceFirst("^/+", "");
    Path base = relative.isEmpty() ? site.get() : site.get().resolve(relative).normalize();
    if (!base.startsWith(site.get())) return Optional.empty();
    for (Path candidate : new Path[] {base, Path.of(base + ".html"), base.resolve("index.html")}) {
      if (candidate.startsWith(site.get()) && Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  private Optional<Path> site(URI url) {
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (!(scheme.equals("http") || scheme.equals("https")) || host == null) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    if (!host.matches("[a-z0-9.-]+") || host.startsWith(".") || host.contains("..")) return Optional.empty();
    Path site = root.resolve(host).normalize();
    return site.startsWith(root) ? Optional.of(site) : Optional.empty();
  }

  private static HttpStatusException notFound(URI url) {
    return new HttpStatusException(404, "Not Found (no local copy of " + url + ")");
  }

  @Override
  public boolean paced() {
    return false;
  }

  @Override
  public String toString() {
    return "LocalPageFetcher[" + root + "]";
  }
}
