package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageUrlsTest {
  @Test
  void onlyHttpsOnAPublicHostIsShown() {
    assertTrue(ImageUrls.shareable("https://img.example.com/lead.jpg?w=1200"));
    assertTrue(ImageUrls.shareable("https://93.184.216.34/lead.jpg"));
    for (String bad : new String[] {"", "http://img.example.com/lead.jpg", "https://localhost/a.jpg",
        "https://127.0.0.1/a.jpg", "https://10.0.0.7/a.jpg", "https://169.254.169.254/latest/meta-data",
        "https://[::1]/a.jpg", "https://[fd00::1]/a.jpg", "https://printer.local/a.jpg", "https://nas.internal/a.jpg",
        "https://intranet/a.jpg", "https://user:pw@img.example.com/a.jpg", "javascript:alert(1)",
        "https://img.example.com/a b.jpg", "https://img.example.com/" + "a".repeat(2100)}) {
      assertFalse(ImageUrls.shareable(bad), bad);
    }
  }
}
