package io.wawpkit.session.mock.control;

import java.util.Locale;

/** An account's plan: paid-only operations and policies answer 403 to free accounts. */
public enum Plan {
  FREE,
  PAID;

  /** Reads {@code free} or {@code paid} (any case). */
  public static Plan parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown plan '" + value + "' (expected free or paid)");
    }
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }
}
