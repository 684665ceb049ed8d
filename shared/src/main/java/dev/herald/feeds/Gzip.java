package dev.herald.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Inflates a gzip body with a cap on the decompressed size, so a decompression bomb stops at the cap. */
final class Gzip {
  private Gzip() {}

  static byte[] inflate(byte[] gz, long maxBytes) throws FeedException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return BoundedRead.readAll(in, maxBytes);
    } catch (FeedException e) {
      throw e;
    } catch (IOException e) {
      throw new FeedException("a corrupt gzip body: " + e.getMessage());
    }
  }
}
