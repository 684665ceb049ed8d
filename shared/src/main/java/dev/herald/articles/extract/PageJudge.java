package dev.herald.articles.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a page is from its extracted body and the clues gathered while reading it. The pages that stand in
 * front of an article are short: each rule below applies only while the body is under a rule-specific number of
 * words, so a long article that merely mentions cookies or carries a "Subscribe" box stays an article.
 */
final class PageJudge {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern PAYWALL = Pattern.compile(String.join("|",
      "\\b(subscribe|subscription|sign up|register|log ?in|sign in)\\b.{0,60}\\b(to (continue|keep) reading|to read"
          + " (the|this) (full|rest|whole|entire)|for (full|unlimited) access|to (unlock|access) (this|the|full))",
      "\\b(to (continue|keep) reading|to read (the|this) (full|rest|whole)).{0,60}\\b(subscribe|subscription|"
          + "sign up|register|log ?in|sign in|become a (member|subscriber))",
      "\\b(this|the) (article|story|content) is (only )?(available|reserved|exclusive) (only )?(to|for)"
          + " (our )?(subscribers|members|premium)",
      "\\b(already|are you) a (subscriber|member)\\?",
      "\\bsubscribers? only\\b",
      "\\byou ha(ve|s) (reached|read) (your|the) (limit|maximum|free)",
      "\\b(\\d+|all of your|your) free (articles?|stories|reads)\\b.{0,40}\\b(month|week|remaining|left|used)",
      "\\bunlock (this|the full) (article|story)\\b"), FLAGS);
  private static final Pattern CONSENT = Pattern.compile(String.join("|",
      "\\b(we|our partners|this (site|website)) (and our partners )?(use|uses|store|process) (cookies|"
          + "data|your data|information)",
      "\\b(accept|reject|allow|agree to) all\\b",
      "\\b(cookie|privacy) (policy|settings|preferences|choices|notice)\\b",
      "\\bmanage (your )?(cookie|privacy|consent) ",
      "\\byour privacy choices\\b",
      "\\b(consent|legitimate interest)\\b",
      "\\bbefore you continue\\b"), FLAGS);
  private static final Pattern JAVASCRIPT = Pattern.compile(
      "\\b(enable|turn on|activate|allow) javascript\\b|\\bjavascript (is|must be) (disabled|required|enabled|"
          + "turned off|needed)|\\brequires? javascript\\b|\\bjavascript to (run|use|view|continue)|"
          + "\\bbrowser (is )?not supported\\b|\\bupdate your browser\\b", FLAGS);
  private static final Pattern LOGIN = Pattern.compile(
      "\\b(sign|log) ?in to (continue|your account|read|view|access)|\\bplease (sign|log) ?in\\b|"
          + "\\bforgot (your )?password\\b|\\bcreate (an|your) account\\b|\\bremember me\\b", FLAGS);

  static final int TOO_SHORT_WORDS = 30;
  private static final int NOTICE_WORDS = 200;
  /** Sites put a sign-in form in every page's header: only a page with almost no text is a login page. */
  private static final int LOGIN_FORM_WORDS = 80;
  private static final int TEASER_WORDS = 350;
  /** A subscription notice stands where the teaser is cut: among the last paragraphs. */
  private static final int NOTICE_PARAGRAPHS = 3;

  private PageJudge() {}

  /** The verdict, with the paragraphs to keep (a paywall notice after a long article is dropped, the article kept). */
  record Judgement(PageVerdict verdict, List<String> paragraphs) {}

  static Judgement judge(List<String> paragraphs, PageMetadata meta, PageSignals signals, URI page) {
    int words = 0;
    for (String p : paragraphs) words += Words.count(p);
    String text = String.join("\n", paragraphs);
    if (meta.refresh().isPresent() && words < NOTICE_WORDS) {
      return not(PageVerdict.Kind.REDIRECT, "a meta refresh to " + meta.refresh().get().getHost());
    }
    if (signals.scriptRedirect && words < TOO_SHORT_WORDS) {
      return not(PageVerdict.Kind.REDIRECT, "a script redirect and " + words + " words");
    }
    if (signals.amp && words < TOO_SHORT_WORDS && meta.canonical().filter(c -> !c.equals(page)).isPresent()) {
      return not(PageVerdict.Kind.REDIRECT, "an AMP page without the article; canonical "
          + meta.canonical().get().getHost());
    }
    if (words < NOTICE_WORDS && (consentHost(page) || hits(CONSENT, text) >= 2
        || (signals.consentBox && words < TOO_SHORT_WORDS && hits(CONSENT, signals.boxText()) >= 1))) {
      return not(PageVerdict.Kind.CONSENT, "a cookie-consent notice and " + words + " words");
    }
    if ((signals.passwordFields > 0 && words < LOGIN_FORM_WORDS) || (words < NOTICE_WORDS && hits(LOGIN, text) >= 2)) {
      return not(PageVerdict.Kind.LOGIN, signals.passwordFields > 0 ? "a password form and " + words + " words"
          : "a sign-in prompt and " + words + " words");
    }
    if (words < NOTICE_WORDS && (JAVASCRIPT.matcher(text).find()
        || (words < TOO_SHORT_WORDS && (signals.appRoot || JAVASCRIPT.matcher(signals.noscript).find())))) {
      return not(PageVerdict.Kind.JAVASCRIPT, "a page that needs JavaScript, " + words + " words without it");
    }
    List<String> kept = withoutPaywallNotice(paragraphs);
    boolean notice = kept.size() < paragraphs.size();
    int keptWords = notice ? count(kept) : words;
    if (keptWords < TEASER_WORDS && (notice || meta.lockedByMarkup()
        || (signals.paywallBox && hits(PAYWALL, signals.boxText()) > 0))) {
      String why = notice ? "a subscription notice" : meta.lockedByMarkup() ? "marked not free to read"
          : "a subscription box";
      return not(PageVerdict.Kind.PAYWALL, why + " and " + keptWords + " words");
    }
    if (keptWords < 120 && (meta.video() || signals.videoPlayers > 0 && keptWords < 60)) {
      return not(PageVerdict.Kind.VIDEO, "a video page with " + keptWords + " words");
    }
    if (keptWords < TOO_SHORT_WORDS) {
      return not(PageVerdict.Kind.TOO_SHORT, keptWords == 0 ? "no article text found" : "only " + keptWords
          + " words");
    }
    String reason = keptWords + " words in " + kept.size() + " paragraphs"
        + (notice ? ", a subscription notice after them dropped" : "");
    return new Judgement(PageVerdict.article(reason), kept);
  }

  /** The paragraphs without a subscription notice among the last few (where a cut-off teaser ends). */
  private static List<String> withoutPaywallNotice(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    int tail = Math.max(0, paragraphs.size() - NOTICE_PARAGRAPHS);
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (i >= tail && Words.count(p) <= 60 && mentionsSubscribing(p) && PAYWALL.matcher(p).find()) continue;
      kept.add(p);
    }
    return kept;
  }

  /** A cheap test before the paywall pattern: every match holds one of these. */
  private static boolean mentionsSubscribing(String p) {
    String l = p.toLowerCase(Locale.ROOT);
    return l.contains("subscri") || l.contains("member") || l.contains("sign") || l.contains("log") || l.contains("regist")
        || l.contains("free") || l.contains("unlock") || l.contains("limit") || l.contains("premium");
  }

  private static boolean consentHost(URI page) {
    String h = page.getHost() == null ? "" : page.getHost().toLowerCase(Locale.ROOT);
    return h.startsWith("consent.") || h.startsWith("guce.") || h.startsWith("privacy.") || h.contains(".consent.");
  }

  private static int hits(Pattern p, CharSequence text) {
    int n = 0;
    var m = p.matcher(text);
    while (m.find() && n < 10) n++;
    return n;
  }

  private static int count(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) n += Words.count(p);
    return n;
  }

  private static Judgement not(PageVerdict.Kind kind, String reason) {
    return new Judgement(new PageVerdict(kind, reason), List.of());
  }
}
