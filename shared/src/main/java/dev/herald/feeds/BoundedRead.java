package dev.herald.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, failing as soon as it passes a size cap (never buffering more than cap + 8 KiB). */
final class BoundedRead {
  private BoundedRead() {}

  static byte[] readAll(InputStream in, long maxBytes) throws IOException {
    return readAll(in, maxBytes, "feed");
  }

  /** @param what the noun in the error ("feed", "page") */
  static byte[] readAll(InputStream in, long maxBytes, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) throw new TooLargeException(what, maxBytes);
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The first {@code maxBytes} of the stream; the rest is not read. */
  static byte[] readPrefix(InputStream in, long maxBytes) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
  }
}
