package io.wawpkit.session.spec;

import java.util.Locale;

/** What a rule of the contract rests on (the {@code basis} of an {@code x-wawp-evidence} mark). */
public enum Basis {
  /** Wawp's docs state it: the mark quotes them. A departure is a failure. */
  DOCUMENTED,
  /** The docs are silent or contradict themselves: the mark gives the reason. A departure is a warning. */
  POSITION,
  /** Drift the docs explicitly allow (new statuses or fields): only worth a notice. */
  TOLERATED;

  /** The word the spec uses ({@code documented}, {@code position}, {@code tolerated}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Basis parse(Object value, String where) {
    try {
      return valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SpecException(where + ": basis must be documented, position or tolerated, not '" + value + "'");
    }
  }
}
