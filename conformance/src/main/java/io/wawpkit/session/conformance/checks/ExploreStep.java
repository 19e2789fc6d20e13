package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Api;

/**
 * One step of an exploration: a request (or a move of the mock's control API) on one of the
 * sequence's sessions. Steps are values, so that a sequence can be replayed on fresh sessions and
 * printed; a step that does not apply where the sequence is (its slot holds no session, a move
 * the model does not allow there) does nothing and is left out of the printed sequence.
 *
 * @param kind what the step does
 * @param slot which of the sequence's sessions (0 to 2)
 * @param operationId the operation it calls (an action, a read, a settings write), or null
 * @param form the credential form of the request
 * @param other whether the second account makes the request (create) or owns the session
 * @param value the move's name, the policy chosen, the undocumented method: whatever the kind needs
 */
record ExploreStep(Kind kind, int slot, String operationId, Api.Creds form, boolean other, String value) {
  enum Kind {
    /** Nothing: the first value of a step's draw, so what a step QuickTheories shrinks becomes (left out of the sequence). */
    NONE,
    /** Create a session in the slot (with the second account's token when {@code other}). */
    CREATE,
    /** A lifecycle action (start, stop, restart, logout, delete, in any of their methods). */
    ACT,
    /** A move only a person or the service makes (scan, fail, unlink), through the mock's control API. */
    MOVE,
    /** A read (info, me, the QR, the screenshot, rate-limit, webhooks, temp link). */
    READ,
    /** A settings write with the spec's example (or a chosen policy for rate-limit). */
    WRITE,
    /** The other account reads the session: it must look like no session at all. */
    FOREIGN,
    /** A wrong token. */
    BAD_TOKEN,
    /** A method the path does not document. */
    WRONG_METHOD,
    /** A signed webhook for session.status to the suite's receiver (local targets): every event that follows is checked. */
    HOOK
  }

  /** The step as a line of the sequence: {@code #1 start (POST startSession, headers) on session 0}. */
  String describe() {
    String creds = form == Api.Creds.HEADERS ? "headers" : "query";
    String on = "session " + slot + (other ? " of the second account" : "");
    return switch (kind) {
      case NONE -> "nothing";
      case CREATE -> "create session " + slot + " (" + operationId + ", " + creds + (other ? ", second account" : "") + ")";
      case ACT, READ -> operationId + " (" + creds + ") on " + on;
      case WRITE -> operationId + (value == null ? "" : " " + value) + " (" + creds + ") on " + on;
      case MOVE -> "the mock's " + value + " move on " + on;
      case FOREIGN -> "the other account reads " + on + " (" + creds + ")";
      case BAD_TOKEN -> "a wrong token on " + on + " (" + creds + ")";
      case WRONG_METHOD -> "undocumented " + value + " " + operationId;
      case HOOK -> "setWebhooks: a signed session.status webhook to the suite's receiver (" + creds + ") on " + on;
    };
  }

  @Override
  public String toString() {
    return describe();
  }
}
