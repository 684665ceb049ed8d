package dev.herald.digest;

import java.util.regex.Pattern;

/**
 * What a summary sentence is about within its story, for grouping sentences into sections across outlets: the event
 * itself, reactions to it, its background, or what comes next. Judged from the sentence's wording (a reaction names
 * its speaker or its mood; background looks back; what comes next looks ahead), in that order of precedence after
 * the event's own facts. Pure.
 */
enum SubTopic {
  EVENT,
  REACTIONS,
  BACKGROUND,
  NEXT;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern REACTION = Pattern.compile(String.join("|",
      "\\b(tributes?|condolences|condemn(s|ed)?|welcom(es|ed)|prais(es|ed)|hail(s|ed)|mourn(s|ed|ing)?|criticis(es|ed)",
      "criticiz(es|ed)|react(s|ed|ion|ions)|respond(s|ed)|outrage|anger|dismay|applaud(s|ed)|lament(s|ed)",
      "denounc(es|ed)|slammed|blasted|backlash|eulogi[sz](e|es|ed)|paid tribute|expressed|share(d)? memories)\\b"), FLAGS);
  private static final Pattern NEXT_CUES = Pattern.compile(String.join("|",
      "\\b(will|expects? to|is expected to|are expected to|is set to|are set to|is due to|are due to|plans? to|planning to",
      "is scheduled|are scheduled|next (week|month|year|round|step|steps)|upcoming|later this (week|month|year)",
      "to be held|vows? to|pledged to|intends? to|would (hold|meet|resume|continue|decide|vote|begin|return))\\b"),
      FLAGS);
  private static final Pattern BACKGROUND_CUES = Pattern.compile(String.join("|",
      "\\b(last (year|month|week|spring|summer|autumn|fall|winter)|in (18|19|20)\\d\\d|since (18|19|20)\\d\\d",
      "years? ago|months? ago|decades?|previously|formerly|earlier this (year|month)|the latest in a series",
      "history|historic(al)?|long-running|was first|first (elected|became|took)|born in|founded in",
      "once again|for years|the previous|in the past)\\b"), FLAGS);

  /** The sub-topic of {@code sentence}. */
  static SubTopic of(String sentence) {
    if (REACTION.matcher(sentence).find()) return REACTIONS;
    if (NEXT_CUES.matcher(sentence).find()) return NEXT;
    if (BACKGROUND_CUES.matcher(sentence).find()) return BACKGROUND;
    return EVENT;
  }
}
