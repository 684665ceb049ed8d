package dev.herald.articles.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {
  @Test
  void theHttpCharsetWinsThenTheMetaTagThenUtf8() {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café – “quoted”</p></body></html>";
    byte[] cp1252 = page.getBytes(Charset.forName("windows-1252"));
    assertEquals(page, HtmlBytes.decode(cp1252, Optional.empty()), "the meta tag");
    assertEquals(page, HtmlBytes.decode(cp1252, Optional.of("ISO-8859-1")), "latin-1 labels read as windows-1252");
    String plain = "<p>Café</p>";
    assertEquals(plain, HtmlBytes.decode(plain.getBytes(StandardCharsets.UTF_8), Optional.empty()), "UTF-8 default");
    assertEquals(plain, HtmlBytes.decode(plain.getBytes(StandardCharsets.UTF_8), Optional.of("no-such-charset")));
  }

  @Test
  void aByteOrderMarkOverridesEverything() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
    assertEquals("Café", HtmlBytes.decode(bom, Optional.of("windows-1252")));
  }
}
