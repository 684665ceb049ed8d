package dev.herald.bot.slack;

import dev.herald.model.Citations;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A story section as mrkdwn texts of at most {@link SlackLimits#MAX_TEXT} chars: {@code *Heading*} and its
 * sentences, each citation {@code [n]} a link to source n. Texts are cut only between sentences; a sentence too long
 * for a text of its own is shortened in its words and keeps all its citations.
 */
final class SlackSectionText {
  static final int MAX_HEADING = 300;

  private final Map<Integer, Source> sources = new HashMap<>();

  SlackSectionText(List<Source> sources) {
    for (Source s : sources) this.sources.put(s.n(), s);
  }

  /** The section's texts: the first starts with the heading. */
  List<String> texts(Section section) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder("*" + SlackText.mrkdwnPrefix(section.heading(), MAX_HEADING) + "*\n");
    boolean empty = true;
    for (Sentence s : section.sentences()) {
      String text = sentence(s);
      int sep = empty ? 0 : 1;
      if (current.length() + sep + text.length() > SlackLimits.MAX_TEXT) {
        if (!empty) {
          out.add(current.toString());
          current = new StringBuilder();
          sep = 0;
        }
        if (current.length() + text.length() > SlackLimits.MAX_TEXT) {
          text = shortened(s, SlackLimits.MAX_TEXT - current.length());
        }
      }
      if (sep == 1) current.append(' ');
      current.append(text);
      empty = false;
    }
    out.add(current.toString());
    return out;
  }

  /** The sentence with linked citation markers. */
  String sentence(Sentence s) {
    String rendered = s.render();
    StringBuilder sb = new StringBuilder();
    Matcher m = Citations.MARKER.matcher(rendered);
    int last = 0;
    while (m.find()) {
      sb.append(SlackText.mrkdwn(rendered.substring(last, m.start())));
      sb.append(marker(Integer.parseInt(m.group(1))));
      last = m.end();
    }
    sb.append(SlackText.mrkdwn(rendered.substring(last)));
    return sb.toString();
  }

  /** {@code [n]}, linked to source n when it has an http(s) URL. */
  String marker(int n) {
    Source s = sources.get(n);
    return s == null ? "[" + n + "]" : SlackText.link(s.url(), "[" + n + "]", 12);
  }

  /** A sentence cut in its words to fit {@code max} chars, its citation markers whole at the end. */
  String shortened(Sentence s, int max) {
    StringBuilder markers = new StringBuilder();
    for (int n : s.citations()) markers.append(marker(n));
    if (markers.length() > max / 2) markers = new StringBuilder(Citations.markers(s.citations()));
    return SlackText.mrkdwnPrefix(s.text().strip(), max - markers.length() - 1) + " " + markers;
  }
}
