package dev.herald.articles.extract;

/** Counting words (runs of letters or digits) without allocating. */
final class Words {
  private Words() {}

  static int count(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }
}
