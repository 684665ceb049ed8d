package dev.herald.digest.eval;

/**
 * The Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980), as in Porter's own
 * reference C implementation, including its two documented departures from the paper ("-bli" to "-ble" in step 2,
 * and "-logi" to "-log"). ROUGE-1.5.5 stems with Porter's algorithm; Google's {@code rouge_score} uses NLTK's variant
 * of it, which differs on a few rare suffixes. Input must be lower-case ASCII letters; words of one or two letters are
 * returned unchanged. Not thread-safe: use one instance per thread.
 */
final class PorterStemmer {
  private char[] b = new char[64];
  private int k;
  private int j;

  String stem(String word) {
    if (word.length() <= 2) return word;
    if (b.length < word.length()) b = new char[word.length() * 2];
    word.getChars(0, word.length(), b, 0);
    k = word.length() - 1;
    step1ab();
    if (k > 0) {
      step1c();
      step2();
      step3();
      step4();
      step5();
    }
    return new String(b, 0, k + 1);
  }

  private boolean cons(int i) {
    switch (b[i]) {
      case 'a', 'e', 'i', 'o', 'u':
        return false;
      case 'y':
        return i == 0 || !cons(i - 1);
      default:
        return true;
    }
  }

  /** The number of vowel-consonant sequences in b[0..j]. */
  private int m() {
    int n = 0;
    int i = 0;
    while (true) {
      if (i > j) return n;
      if (!cons(i)) break;
      i++;
    }
    i++;
    while (true) {
      while (true) {
        if (i > j) return n;
        if (cons(i)) break;
        i++;
      }
      i++;
      n++;
      while (true) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
    }
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= j; i++) {
      if (!cons(i)) return true;
    }
    return false;
  }

  private boolean doubleC(int i) {
    return i >= 1 && b[i] == b[i - 1] && cons(i);
  }

  private boolean cvc(int i) {
    if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
    char ch = b[i];
    return ch != 'w' && ch != 'x' && ch != 'y';
  }

  private boolean ends(String s) {
    int l = s.length();
    int o = k - l + 1;
    if (o < 0) return false;
    for (int i = 0; i < l; i++) {
      if (b[o + i] != s.charAt(i)) return false;
    }
    j = k - l;
    return true;
  }

  private void setTo(String s) {
    int l = s.length();
    int o = j + 1;
    if (o + l > b.length) {
      char[] bigger = new char[(o + l) * 2];
      System.arraycopy(b, 0, bigger, 0, b.length);
      b = bigger;
    }
    for (int i = 0; i < l; i++) b[o + i] = s.charAt(i);
    k = j + l;
  }

  private void r(String s) {
    if (m() > 0) setTo(s);
  }

  private void step1ab() {
    if (b[k] == 's') {
      if (ends("sses")) {
        k -= 2;
      } else if (ends("ies")) {
        setTo("i");
      } else if (b[k - 1] != 's') {
        k--;
      }
    }
    if (ends("eed")) {
      if (m() > 0) k--;
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) {
        setTo("ate");
      } else if (ends("bl")) {
        setTo("ble");
      } else if (ends("iz")) {
        setTo("ize");
      } else if (doubleC(k)) {
        k--;
        char ch = b[k];
        if (ch == 'l' || ch == 's' || ch == 'z') k++;
      } else if (m() == 1 && cvc(k)) {
        setTo("e");
      }
    }
  }

  private void step1c() {
    if (ends("y") && vowelInStem()) b[k] = 'i';
  }

  private void step2() {
    if (k == 0) return;
    switch (b[k - 1]) {
      case 'a' -> {
        if (ends("ational")) r("ate");
        else if (ends("tional")) r("tion");
      }
      case 'c' -> {
        if (ends("enci")) r("ence");
        else if (ends("anci")) r("ance");
      }
      case 'e' -> {
        if (ends("izer")) r("ize");
      }
      case 'l' -> {
        if (ends("bli")) r("ble");
        else if (ends("alli")) r("al");
        else if (ends("entli")) r("ent");
        else if (ends("eli")) r("e");
        else if (ends("ousli")) r("ous");
      }
      case 'o' -> {
        if (ends("ization")) r("ize");
        else if (ends("ation")) r("ate");
        else if (ends("ator")) r("ate");
      }
      case 's' -> {
        if (ends("alism")) r("al");
        else if (ends("iveness")) r("ive");
        else if (ends("fulness")) r("ful");
        else if (ends("ousness")) r("ous");
      }
      case 't' -> {
        if (ends("aliti")) r("al");
        else if (ends("iviti")) r("ive");
        else if (ends("biliti")) r("ble");
      }
      case 'g' -> {
        if (ends("logi")) r("log");
      }
      default -> { }
    }
  }

  private void step3() {
    switch (b[k]) {
      case 'e' -> {
        if (ends("icate")) r("ic");
        else if (ends("ative")) r("");
        else if (ends("alize")) r("al");
      }
      case 'i' -> {
        if (ends("iciti")) r("ic");
      }
      case 'l' -> {
        if (ends("ical")) r("ic");
        else if (ends("ful")) r("");
      }
      case 's' -> {
        if (ends("ness")) r("");
      }
      default -> { }
    }
  }

  private void step4() {
    if (k == 0) return;
    boolean found = switch (b[k - 1]) {
      case 'a' -> ends("al");
      case 'c' -> ends("ance") || ends("ence");
      case 'e' -> ends("er");
      case 'i' -> ends("ic");
      case 'l' -> ends("able") || ends("ible");
      case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
      case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
      case 's' -> ends("ism");
      case 't' -> ends("ate") || ends("iti");
      case 'u' -> ends("ous");
      case 'v' -> ends("ive");
      case 'z' -> ends("ize");
      default -> false;
    };
    if (found && m() > 1) k = j;
  }

  private void step5() {
    j = k;
    if (b[k] == 'e') {
      int a = m();
      if (a > 1 || (a == 1 && !cvc(k - 1))) k--;
    }
    if (b[k] == 'l' && doubleC(k) && m() > 1) k--;
  }
}
