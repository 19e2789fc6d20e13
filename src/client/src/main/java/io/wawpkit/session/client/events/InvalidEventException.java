package io.wawpkit.session.client.events;

import io.wawpkit.session.client.errors.WawpException;

/** A webhook body that is not a session.status event. */
public final class InvalidEventException extends WawpException {
  private static final long serialVersionUID = 1L;

  public InvalidEventException(String message) {
    super(null, message, null);
  }
}
