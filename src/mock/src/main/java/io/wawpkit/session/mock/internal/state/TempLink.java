package io.wawpkit.session.mock.internal.state;

import java.time.Instant;

/** A temporary QR link: its random token and when it expires. */
public record TempLink(String token, Instant expiresAt) {
  public boolean activeAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
