package io.wawpkit.session.client.lifecycle;

import io.wawpkit.session.client.errors.WawpException;

/**
 * The session went FAILED while the client waited for another status. The docs' advice: restart
 * first; if that fails, log out and start again for a new QR.
 */
public final class SessionFailedException extends WawpException {
  private static final long serialVersionUID = 1L;
  private final String instanceId;

  public SessionFailedException(String instanceId, String waitedFor) {
    super("getSessionInfo", "session " + instanceId + " is FAILED (waited for " + waitedFor
        + "); restart it, or log out and start again for a new QR", null);
    this.instanceId = instanceId;
  }

  public String instanceId() {
    return instanceId;
  }
}
