package io.wawpkit.session.conformance.checks;

/**
 * Where a session is in the lifecycle model: its status and whether it has a saved login.
 *
 * @param status the lifecycle status
 * @param login whether a WhatsApp login is saved
 */
record Node(String status, boolean login) {
  @Override
  public String toString() {
    return status + (login ? " (saved login)" : " (no saved login)");
  }
}
