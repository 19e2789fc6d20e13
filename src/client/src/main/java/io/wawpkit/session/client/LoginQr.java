package io.wawpkit.session.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The QR a session shows while SCAN_QR_CODE, read raw ({@link WawpInstance#qr()}): the text the QR
 * encodes, which any QR library draws, and when it expires (it rotates every 20 to 40 seconds:
 * read it again at {@link #expiry()}).
 *
 * @param value the text the QR encodes
 * @param expiry when this QR expires (the next rotation)
 */
public record LoginQr(String value, Instant expiry) {
  public LoginQr {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiry, "expiry");
  }

  /** Whether this QR has expired at a moment. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiry);
  }
}
