package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedEncodingTest {
  private static final String DOC = "<rss version=\"2.0\"><channel><item><title>Zoë’s café — “quoted”</title>"
      + "</item></channel></rss>";

  private static String title(ParsedFeed f) {
    return f.items().get(0).title().value();
  }

  @Test
  void readsUtf16WithAByteOrderMark() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, DOC.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, DOC.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Zoë’s café — “quoted”", title(Feeds.parse(le)));
    assertEquals("Zoë’s café — “quoted”", title(Feeds.parse(be)));
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkFromItsFirstBytes() {
    byte[] le = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + DOC).getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Zoë’s café — “quoted”", title(Feeds.parse(le)));
  }

  @Test
  void readsTheEncodingOfTheXmlDeclaration() {
    byte[] latin = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?>" + DOC).getBytes(Charset.forName("windows-1252"));
    assertEquals("Zoë’s café — “quoted”", title(Feeds.parse(latin)));
  }

  @Test
  void readsIso88591LabelsAsWindows1252() {
    byte[] latin = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + DOC).getBytes(Charset.forName("windows-1252"));
    assertEquals("Zoë’s café — “quoted”", title(Feeds.parse(latin)));
  }

  @Test
  void theHttpCharsetWinsOverTheDeclaration() {
    byte[] latin = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + DOC).getBytes(Charset.forName("windows-1252"));
    ParsedFeed f = Feeds.parse(latin, Optional.of("windows-1252"), null);
    assertEquals("Zoë’s café — “quoted”", title(f));
  }

  @Test
  void windows1252LabelledUtf8IsReadAsWindows1252() {
    byte[] latin = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + DOC).getBytes(Charset.forName("windows-1252"));
    ParsedFeed f = Feeds.parse(latin);
    assertEquals("Zoë’s café — “quoted”", title(f));
    assertTrue(f.warnings().contains("not valid UTF-8; read as Windows-1252"), f.warnings().toString());
  }

  @Test
  void utf8LabelledLatin1IsReadAsUtf8() {
    byte[] utf8 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + DOC).getBytes(StandardCharsets.UTF_8);
    ParsedFeed f = Feeds.parse(utf8);
    assertEquals("Zoë’s café — “quoted”", title(f));
    assertTrue(f.warnings().stream().anyMatch(w -> w.contains("but is UTF-8")), f.warnings().toString());
  }

  @Test
  void invalidBytesInUtf8BecomeReplacementCharactersNotFailures() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("<rss version=\"2.0\"><channel><item><title>caf\u00e9 ".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    out.writeBytes(" ok</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
    ParsedFeed f = Feeds.parse(out.toByteArray());
    assertEquals("café \uFFFD(\uFFFD ok", title(f));
    assertTrue(f.warnings().contains("invalid UTF-8 bytes replaced"), f.warnings().toString());
  }

  @Test
  void anUnknownEncodingNameIsReadAsUtf8WithAWarning() {
    ParsedFeed f = Feeds.parse(("<?xml version=\"1.0\" encoding=\"x-bogus-7\"?>" + DOC).getBytes(StandardCharsets.UTF_8));
    assertEquals("Zoë’s café — “quoted”", title(f));
    assertTrue(f.warnings().contains("unknown encoding \"x-bogus-7\", read as UTF-8"), f.warnings().toString());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
