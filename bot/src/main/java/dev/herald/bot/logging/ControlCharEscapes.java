package dev.herald.bot.logging;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.herald.text.ControlChars;

/**
 * JSON string escapes for output a person may read in a terminal (CLI JSON lines, JSON logs): besides what JSON
 * requires (quotes, backslashes, C0 controls), every character {@link ControlChars} names (DEL, C1 controls such as
 * CSI, bidi controls, the Unicode line separators) is written as a {@code \}{@code uxxxx} escape. The decoded value is
 * unchanged; the line itself stays inert in a terminal and is one line for every reader, also those that split on
 * U+2028. Immutable; one instance may serve many factories.
 */
public final class ControlCharEscapes extends CharacterEscapes {
  private final int[] ascii = standardAsciiEscapesForJSON();

  public ControlCharEscapes() {
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return ControlChars.isControl(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
  }
}
