package io.wawpkit.session.mock.internal.persist;

/** The state file cannot be used (unreadable, damaged, unwritable): a bad setting, refused at start. */
public final class StateFileException extends IllegalArgumentException {
  public StateFileException(String message) {
    super(message);
  }
}
