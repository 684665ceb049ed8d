package dev.herald.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, failing as soon as it passes a size cap (never buffering more than cap + 8 KiB). */
final class BoundedRead {
  private BoundedRead() {}

  static byte[] readAll(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) throw new FeedException("feed larger than " + Sizes.describe(maxBytes) + " (the cap)");
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
