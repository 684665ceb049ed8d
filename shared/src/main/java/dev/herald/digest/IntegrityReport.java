package dev.herald.digest;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link IntegrityCheck} on one summary.
 *
 * @param sentences sentences checked
 * @param cited sentences with at least one citation
 * @param multiCited sentences citing two or more articles
 * @param outOfRange citations that point at no article of the story (by number or by id)
 * @param unsupported sentences with a citation whose article does not support them
 * @param problems one line per failure, for logs
 */
public record IntegrityReport(
    int sentences, int cited, int multiCited, int outOfRange, int unsupported, List<String> problems) {

  public IntegrityReport {
    Objects.requireNonNull(problems, "problems == null");
    problems = List.copyOf(problems);
  }

  /** Every sentence cited, every citation in range, every sentence supported by every article it cites. */
  public boolean passed() {
    return sentences > 0 && cited == sentences && outOfRange == 0 && unsupported == 0;
  }

  /** Uncited sentences. */
  public int uncited() {
    return sentences - cited;
  }

  /** A one-line account for logs: the counts and the first problem. */
  public String describe() {
    String first = problems.isEmpty() ? "" : "; first: " + problems.get(0);
    return sentences + " sentences, " + uncited() + " uncited, " + outOfRange + " citations out of range, "
        + unsupported + " unsupported" + first;
  }
}
