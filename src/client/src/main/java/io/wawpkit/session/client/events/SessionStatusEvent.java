package io.wawpkit.session.client.events;

import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One {@code session.status} webhook event, whichever envelope it came in (the spec's
 * {@code SessionStatusEvent}: the v2 envelope or the v1 payload). Immutable; read one with
 * {@link SessionStatusEvents#parse(String)}.
 *
 * <p>To tell the latest event of a session, compare {@link #time()}: the v2 {@code timestamp}
 * (milliseconds) strictly increases per session; the v1 {@code ts} has whole seconds, so two v1
 * events of one session may share a time. To drop a repeated delivery, remember {@link #id()}.
 */
public final class SessionStatusEvent {
  /** Which of the two documented envelopes the event came in. */
  public enum Envelope {
    /** The v2 docs' envelope: {@code id}, {@code timestamp}, {@code session}, {@code payload}, ... */
    V2,
    /** The v1 docs' payload: {@code instance_id}, {@code status}, {@code qr}, {@code ts}. */
    V1
  }

  /** The logged-in WhatsApp account the event carries (while WORKING). */
  public record Me(String id, String lid, String pushName) {}

  private final Envelope envelope;
  private final String id;
  private final String instanceId;
  private final String sessionName;
  private final SessionStatus status;
  private final Instant time;
  private final Me me;
  private final String qr;

  SessionStatusEvent(Envelope envelope, String id, String instanceId, String sessionName, SessionStatus status,
      Instant time, Me me, String qr) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.id = id;
    this.instanceId = instanceId;
    this.sessionName = sessionName;
    this.status = Objects.requireNonNull(status, "status");
    this.time = Objects.requireNonNull(time, "time");
    this.me = me;
    this.qr = qr;
  }

  public Envelope envelope() {
    return envelope;
  }

  /** The event's id (use it to drop repeated deliveries); null when a v1 payload has none, as in the v1 docs. */
  public String id() {
    return id;
  }

  /** The session's {@code instance_id}; null for a v2 event, which identifies the session by its name. */
  public String instanceId() {
    return instanceId;
  }

  /** The session's name ({@code session} in v2); null when a v1 payload has none, as in the v1 docs. */
  public String sessionName() {
    return sessionName;
  }

  /** The new status; a status this client does not know reads as the generated unknown value. */
  public SessionStatus status() {
    return status;
  }

  /** When the status changed (v2 {@code timestamp} in milliseconds, v1 {@code ts} in seconds). */
  public Instant time() {
    return time;
  }

  /** The WhatsApp account, or null when the event carries none. */
  public Me me() {
    return me;
  }

  /** The QR code (v1 payload, while SCAN_QR_CODE), or null. */
  public String qr() {
    return qr;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionStatusEvent e && envelope == e.envelope && Objects.equals(id, e.id)
        && Objects.equals(instanceId, e.instanceId) && Objects.equals(sessionName, e.sessionName)
        && status == e.status && time.equals(e.time) && Objects.equals(me, e.me) && Objects.equals(qr, e.qr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(envelope, id, instanceId, sessionName, status, time, me, qr);
  }

  /** Without the QR image, which is long and of no use in a log line. */
  @Override
  public String toString() {
    return "SessionStatusEvent{" + envelope + ", id=" + id + ", instanceId=" + instanceId + ", sessionName="
        + sessionName + ", status=" + status + ", time=" + time + (me == null ? "" : ", me=" + me.id()) + "}";
  }
}
