package io.wawpkit.session.mock.internal.api;

import java.security.SecureRandom;

/**
 * Event ids like the v2 docs' ({@code evt_} and 26 characters): a ULID, 10 Crockford base-32
 * characters of the time in milliseconds and 16 random ones, so ids also sort by time.
 */
final class EventIds {
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private EventIds() {}

  static String next(long millis) {
    char[] id = new char[26];
    for (int i = 9; i >= 0; i--) {
      id[i] = CROCKFORD[(int) (millis & 31)];
      millis >>>= 5;
    }
    for (int i = 10; i < id.length; i++) {
      id[i] = CROCKFORD[RANDOM.nextInt(CROCKFORD.length)];
    }
    return "evt_" + new String(id);
  }
}
