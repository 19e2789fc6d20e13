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
  private long qrCachedIndex = -1;
  private String qrCached;
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
    }
    return changed;
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

  /** The cached QR image of a rotation index, or null. */
  public String qrFor(long index) {
    return index == qrCachedIndex ? qrCached : null;
  }

  public void cacheQr(long index, String dataUrl) {
    this.qrCachedIndex = index;
    this.qrCached = dataUrl;
  }
}
