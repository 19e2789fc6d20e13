package io.wawpkit.session.client.errors;

import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HTTP 422 {@code invalid_session}: a login operation (the QR, the pairing code, the screenshot)
 * was asked of a session in a status that does not serve it, such as a QR of a session that is
 * already WORKING. The answer names the session's status ({@code data.session_status}) and the
 * statuses that serve the operation ({@code data.expected}); the message names both, for example
 * {@code getQr: HTTP 422 invalid_session: the session is WORKING; getQr needs SCAN_QR_CODE}. The
 * refusal changes nothing: ask again once the session is in one of {@link #expected()}.
 */
public final class WrongSessionStatusException extends BadRequestException {
  private static final long serialVersionUID = 1L;
  private final SessionStatus sessionStatus;
  private final Set<SessionStatus> expected;

  /**
   * @param sessionStatus the session's status as the answer named it; null or {@code UNKNOWN} when it named none or a new one
   * @param expected the statuses that serve the operation, as the answer named them (empty when it named none)
   */
  public WrongSessionStatusException(String operationId, int status, String code, String message, Duration retryAfter,
      SessionStatus sessionStatus, Collection<SessionStatus> expected) {
    super(operationId, status, code, message, retryAfter,
        explain(operationId, sessionStatus == null ? SessionStatus.UNKNOWN : sessionStatus, copy(expected), message));
    this.sessionStatus = sessionStatus == null ? SessionStatus.UNKNOWN : sessionStatus;
    this.expected = copy(expected);
  }

  /** The session's status when it refused ({@code UNKNOWN} when the answer named none, or one outside the five). */
  public SessionStatus sessionStatus() {
    return sessionStatus;
  }

  /** The statuses in which the operation answers (empty when the answer did not name them); unmodifiable. */
  public Set<SessionStatus> expected() {
    return expected;
  }

  private static Set<SessionStatus> copy(Collection<SessionStatus> statuses) {
    EnumSet<SessionStatus> set = EnumSet.noneOf(SessionStatus.class);
    if (statuses != null) {
      statuses.stream().filter(s -> s != null).forEach(set::add);
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * The status and the needed ones by their enum names, so that nothing the server echoed (a secret
   * included) reaches the message; the server's (masked) message only when it did not name a known
   * status.
   */
  private static String explain(String operationId, SessionStatus status, Set<SessionStatus> expected, String message) {
    String what = operationId == null ? "this operation" : operationId;
    String needs = expected.stream().map(SessionStatus::getValue).collect(Collectors.joining(" or "));
    if (status != SessionStatus.UNKNOWN) {
      return "the session is " + status.getValue() + "; " + what + (needs.isEmpty() ? " is not served in it" : " needs " + needs);
    }
    String text = "the session's status does not serve " + what + (needs.isEmpty() ? "" : ", which needs " + needs);
    return message == null || message.isBlank() ? text : text + " (" + message + ")";
  }
}
