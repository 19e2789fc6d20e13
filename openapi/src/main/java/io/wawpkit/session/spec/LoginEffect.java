package io.wawpkit.session.spec;

import java.util.Locale;

/** What a transition does to the session's saved WhatsApp login. */
public enum LoginEffect {
  /** The saved login stays as it was. */
  KEEP,
  /** The saved login is dropped: the next boot asks for a new scan. */
  DROP,
  /** A login is saved (a person scanned the QR). */
  SAVE,
  /** There is no login yet (a new session). */
  NONE;

  static LoginEffect parse(Object value, String where) {
    if (value == null) {
      return KEEP;
    }
    try {
      return valueOf(value.toString().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SpecException(where + ": unknown login effect '" + value + "'");
    }
  }
}
