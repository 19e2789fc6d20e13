package io.wawpkit.session.mock.internal.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The state of one instance. Every read and write happens while holding the session's monitor
 * ({@code synchronized (session)}), so parallel calls on one instance are serialised and never
 * lose an update; different instances never contend.
 */
public final class Session {
  /** Sessions made before the mock knew versions (older state files, the control API) are v2's. */
  public static final String DEFAULT_API_VERSION = "v2";

  private final String instanceId;
  private final String name;
  private final String accountId;
  private final long seed;

  private String status;
  private boolean savedLogin;
  /** When the current status began, on the monotonic clock (timed moves count from here). */
  private long statusSinceNanos;
  private boolean deleted;
  private String policy;
  private ArrayNode webhooks = JsonNodeFactory.instance.arrayNode();
  private TempLink tempLink;
  /** New each time the status changes: a new stretch of SCAN_QR_CODE shows new QRs. */
  private long qrSalt = java.util.concurrent.ThreadLocalRandom.current().nextLong();
  private long qrCachedIndex = -1;
  private CachedQr qrCached;
  private PairingCode pairingCode;
  private LoginWay lastLogin;
  /** The API version of the base the session was created on; its events take that version's envelope. */
  private String apiVersion = DEFAULT_API_VERSION;
  private long lastEventMillis;

  public Session(String instanceId, String name, String accountId, long seed, String status, long nowNanos) {
    this.instanceId = instanceId;
    this.name = name;
    this.accountId = accountId;
    this.seed = seed;
    this.status = status;
    this.statusSinceNanos = nowNanos;
  }

  public String instanceId() {
    return instanceId;
  }

  public String name() {
    return name;
  }

  public String accountId() {
    return accountId;
  }

  /** A per-session random number that the QR images and the WhatsApp identity derive from. */
  public long seed() {
    return seed;
  }

  public String status() {
    return status;
  }

  public long statusSinceNanos() {
    return statusSinceNanos;
  }

  /** Sets the status; a real change restarts the clock of timed moves. Returns whether it changed. */
  public boolean status(String newStatus, long sinceNanos) {
    boolean changed = !newStatus.equals(status);
    this.status = newStatus;
    if (changed) {
      this.statusSinceNanos = sinceNanos;
      this.qrCachedIndex = -1;
      this.qrCached = null;
      this.qrSalt = java.util.concurrent.ThreadLocalRandom.current().nextLong();
      this.pairingCode = null; // a code belongs to one stretch of SCAN_QR_CODE
    }
    return changed;
  }

  /** What makes this stretch of the status's QRs differ from every earlier one. */
  public long qrSalt() {
    return qrSalt;
  }

  public boolean savedLogin() {
    return savedLogin;
  }

  public void savedLogin(boolean saved) {
    this.savedLogin = saved;
  }

  public boolean deleted() {
    return deleted;
  }

  public void markDeleted() {
    this.deleted = true;
  }

  public String policy() {
    return policy;
  }

  public void policy(String slug) {
    this.policy = slug;
  }

  /** The webhook configs as the client sent them (unknown members kept). */
  public ArrayNode webhooks() {
    return webhooks;
  }

  public void webhooks(ArrayNode list) {
    this.webhooks = list;
  }

  public TempLink tempLink() {
    return tempLink;
  }

  public void tempLink(TempLink link) {
    this.tempLink = link;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public void apiVersion(String version) {
    this.apiVersion = version == null ? DEFAULT_API_VERSION : version;
  }

  /**
   * The time of the session's next event, in Unix milliseconds: {@code nowMillis}, or one more
   * than the previous event's when the clock has not moved past it, so that a receiver can tell
   * the latest event of a session by its time alone.
   */
  public long nextEventMillis(long nowMillis) {
    lastEventMillis = Math.max(nowMillis, lastEventMillis + 1);
    return lastEventMillis;
  }

  /** The time of the latest event, 0 before the first (kept in the state file). */
  public long lastEventMillis() {
    return lastEventMillis;
  }

  public void lastEventMillis(long millis) {
    this.lastEventMillis = millis;
  }

  /** The cached QR of a rotation index, or null. */
  public CachedQr qrFor(long index) {
    return index == qrCachedIndex ? qrCached : null;
  }

  public void cacheQr(long index, CachedQr qr) {
    this.qrCachedIndex = index;
    this.qrCached = qr;
  }

  /** The pairing code asked for in this stretch of SCAN_QR_CODE, or null (it may have expired: see its expiry). */
  public PairingCode pairingCode() {
    return pairingCode;
  }

  public void pairingCode(PairingCode code) {
    this.pairingCode = code;
  }

  /** How the person last logged the session in (null: never, in this process). */
  public LoginWay lastLogin() {
    return lastLogin;
  }

  public void lastLogin(LoginWay way) {
    this.lastLogin = way;
  }

  /**
   * One rotation's QR: its text, its PNG and that PNG as a data URL.
   *
   * @param value the text the QR encodes
   * @param png the QR code's image
   * @param dataUrl the image as a {@code data:image/png;base64,} URL
   */
  public record CachedQr(String value, byte[] png, String dataUrl) {}

  /**
   * A pairing code asked for a phone number.
   *
   * @param code the code as answered ({@code ABCD-1234})
   * @param phoneNumber the number it was asked for
   * @param expiresAtNanos when it expires, on the monotonic clock
   */
  public record PairingCode(String code, String phoneNumber, long expiresAtNanos) {
    /** Whether it is still valid at a moment of the monotonic clock. */
    public boolean activeAt(long nowNanos) {
      return expiresAtNanos - nowNanos > 0;
    }

    /** Whether a code typed by a person is this one (letters in any case, with or without the dash). */
    public boolean matches(String typed) {
      return typed != null && normal(typed).equals(normal(code));
    }

    private static String normal(String code) {
      return code.replace("-", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** How a person logged a session in. */
  public enum LoginWay {
    /** Scanned the QR. */
    QR,
    /** Typed the pairing code. */
    PAIRING_CODE
  }
}
