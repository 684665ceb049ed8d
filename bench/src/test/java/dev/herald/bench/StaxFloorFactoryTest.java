package dev.herald.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's StAX floor is the one XML factory in Herald; it must not resolve external entities either. */
class StaxFloorFactoryTest {
  @TempDir Path dir;

  @Test
  void externalEntitiesAreNotRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xml = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><rss><title>&xxe;</title></rss>";
    XMLStreamReader r = BenchParseCommand.floorFactory()
        .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    StringBuilder text = new StringBuilder();
    assertThrows(XMLStreamException.class, () -> {
      while (r.hasNext()) {
        int t = r.next();
        if (t == XMLStreamConstants.CHARACTERS) text.append(r.getText());
      }
    });
    assertFalse(text.toString().contains("TOP-SECRET"), text.toString());
  }
}
