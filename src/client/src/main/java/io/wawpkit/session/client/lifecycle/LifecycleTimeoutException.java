package io.wawpkit.session.client.lifecycle;

import io.wawpkit.session.client.errors.WawpException;
import io.wawpkit.session.generated.model.SessionStatus;

/** The session did not reach the awaited status in time. */
public final class LifecycleTimeoutException extends WawpException {
  private static final long serialVersionUID = 1L;
  private final SessionStatus lastStatus;

  public LifecycleTimeoutException(String instanceId, String waitedFor, SessionStatus lastStatus, java.time.Duration timeout) {
    super("getSessionInfo", "session " + instanceId + " did not reach " + waitedFor + " within " + timeout
        + "; it is " + lastStatus, null);
    this.lastStatus = lastStatus;
  }

  /** The status the session had at the last poll. */
  public SessionStatus lastStatus() {
    return lastStatus;
  }
}
