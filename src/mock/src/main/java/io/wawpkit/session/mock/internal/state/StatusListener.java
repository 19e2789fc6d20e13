package io.wawpkit.session.mock.internal.state;

/** Told about every status change (webhook delivery) and every state change (persistence). */
public interface StatusListener {
  /** The status of a session changed; called while holding the session's monitor, so be quick. */
  void statusChanged(Session session, String previous);

  /** Some state changed (status, login, settings, accounts): persistence may write. */
  void stateChanged();

  StatusListener NONE = new StatusListener() {
    @Override
    public void statusChanged(Session session, String previous) {}

    @Override
    public void stateChanged() {}
  };
}
