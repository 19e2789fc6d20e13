package io.wawpkit.session.client;

import io.wawpkit.session.client.internal.StatusWaiter;
import io.wawpkit.session.generated.api.InfoApi;
import io.wawpkit.session.generated.api.LifecycleApi;
import io.wawpkit.session.generated.api.LoginApi;
import io.wawpkit.session.generated.api.RateLimitApi;
import io.wawpkit.session.generated.api.TempLinkApi;
import io.wawpkit.session.generated.api.WebhookApi;
import io.wawpkit.session.generated.model.AccountInfo;
import io.wawpkit.session.generated.model.DeletedSession;
import io.wawpkit.session.generated.model.LogoutResult;
import io.wawpkit.session.generated.model.NewTempLink;
import io.wawpkit.session.generated.model.RateLimitSettings;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.generated.model.TempLink;
import io.wawpkit.session.generated.model.WebhookConfig;
import io.wawpkit.session.generated.model.WebhookSettings;
import io.wawpkit.session.generated.model.WebhookUpdate;
import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.client.internal.WawpJson;
import io.wawpkit.session.generated.model.QrRaw;
import io.wawpkit.session.generated.model.QrValue;
import io.wawpkit.session.generated.model.Screenshot;
import io.wawpkit.session.generated.model.V1Qr;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One session (instance): every operation of the spec for it, with typed results and errors.
 * Each action uses the method the v2 docs lead with; the generated interfaces behind
 * {@link #lifecycleApi()} and its siblings reach the other documented methods (GET start, POST
 * info, ...) with the same credentials, retries and typed errors. Thread-safe.
 */
public final class WawpInstance {
  private static final String RAW = "raw";
  /** How often {@link #awaitLogin(Duration, String, Consumer)} asks for the pairing code again. */
  static final Duration PAIRING_CODE_RECHECK = Duration.ofMinutes(1);
  private final WawpClient client;
  private final String instanceId;
  private final Supplier<LifecycleApi> lifecycle;
  private final Supplier<InfoApi> info;
  private final Supplier<RateLimitApi> rateLimit;
  private final Supplier<TempLinkApi> tempLink;
  private final Supplier<WebhookApi> webhook;
  private final Supplier<LoginApi> login;

  WawpInstance(WawpClient client, String instanceId) {
    this.client = client;
    this.instanceId = instanceId;
    this.lifecycle = Lazy.of(() -> client.api(LifecycleApi.class, instanceId));
    this.info = Lazy.of(() -> client.api(InfoApi.class, instanceId));
    this.rateLimit = Lazy.of(() -> client.api(RateLimitApi.class, instanceId));
    this.tempLink = Lazy.of(() -> client.api(TempLinkApi.class, instanceId));
    this.webhook = Lazy.of(() -> client.api(WebhookApi.class, instanceId));
    this.login = Lazy.of(() -> client.api(LoginApi.class, instanceId));
  }

  /** The instance id. */
  public String id() {
    return instanceId;
  }

  /** Boots the engine (STOPPED -> STARTING). Not retried automatically. */
  public SessionInfo start() {
    return lifecycleApi().startSession();
  }

  /** Stops the session; the saved login is kept. Retried when safe (it is, per the spec). */
  public SessionInfo stop() {
    return lifecycleApi().stopSession();
  }

  /** Stop then start in one call; the saved login is kept. Not retried automatically. */
  public SessionInfo restart() {
    return lifecycleApi().restartSession();
  }

  /** Unlinks WhatsApp and drops the saved login. Not retried automatically. */
  public LogoutResult logout() {
    return lifecycleApi().logoutSession();
  }

  /** Deletes the session permanently. Not retried automatically. */
  public DeletedSession delete() {
    return lifecycleApi().deleteSession();
  }

  /** The session's info: {@code qr} while SCAN_QR_CODE, {@code me} while WORKING. */
  public SessionInfo info() {
    return infoApi().getSessionInfo();
  }

  /** The WhatsApp account; null fields outside WORKING. */
  public AccountInfo me() {
    return infoApi().getSessionMe();
  }

  /** The sending policy settings. */
  public RateLimitSettings rateLimit() {
    return rateLimitApi().getRateLimit();
  }

  /**
   * Chooses a sending policy by slug; a paid-only one on a free account fails with 403. The slug
   * goes in the query string, the form the docs show.
   */
  public RateLimitSettings chooseRateLimit(String policySlug) {
    return rateLimitApi().setRateLimit(policySlug);
  }

  /** The active temporary QR link ({@code link} null when none). */
  public TempLink tempLink() {
    return tempLinkApi().getTempLink();
  }

  /** A new temporary QR link (expires the previous one). Not retried automatically. */
  public NewTempLink newTempLink() {
    return tempLinkApi().createTempLink();
  }

  /** Revokes every active temporary link; answers how many. */
  public int revokeTempLinks() {
    return tempLinkApi().revokeTempLinks().getRevoked();
  }

  /** The webhook settings (paid accounts; 403 subscription_required otherwise). */
  public WebhookSettings webhooks() {
    return webhookApi().getWebhooks();
  }

  /**
   * Replaces the webhook list (paid accounts). The list goes in a JSON body, never in the query
   * string the docs show, so that HMAC keys and custom header values stay out of URLs and proxy
   * logs. {@link SessionInfos#webhooks(WebhookSettings)} reads the answer's list.
   */
  public WebhookSettings replaceWebhooks(List<WebhookConfig> webhooks) {
    return webhookApi().setWebhooks(null, new WebhookUpdate().webhooks(webhooks));
  }

  /** Waits until the session reaches one of the statuses; fails fast on FAILED or 404. */
  public SessionInfo awaitStatus(Duration timeout, SessionStatus first, SessionStatus... more) {
    Set<SessionStatus> awaited = EnumSet.of(first, more);
    return new StatusWaiter(client.polling()).await(instanceId, this::info, awaited, timeout);
  }

  /** Waits until the session runs: SCAN_QR_CODE (no saved login) or WORKING. */
  public SessionInfo awaitRunning(Duration timeout) {
    return awaitStatus(timeout, SessionStatus.SCAN_QR_CODE, SessionStatus.WORKING);
  }

  /**
   * Stops the session, starts it again and waits until it runs: WORKING when the saved login
   * survived (as the docs promise), SCAN_QR_CODE when the service asks for a new scan.
   */
  public SessionInfo stopAndResume(Duration timeout) {
    stop();
    start();
    return awaitRunning(timeout);
  }

  /**
   * Logs out and waits for the new QR: a running session shows it at once; a stopped or failed
   * one is started first.
   */
  public SessionInfo logoutAndRescan(Duration timeout) {
    logout();
    SessionInfo now = info();
    if (now.getStatus() == SessionStatus.STOPPED || now.getStatus() == SessionStatus.FAILED) {
      start();
    }
    return awaitStatus(timeout, SessionStatus.SCAN_QR_CODE);
  }

  /**
   * Waits until a person logs the session in by scanning its QR, calling back with each new QR
   * meanwhile: the flow to write first after {@link WawpClient#createAndStart(Duration)}. It polls
   * info as {@link #awaitStatus} does; a STARTING session is waited for until it shows a QR, and a
   * session already WORKING (its saved login resumed) is returned at once, with no call back.
   * While SCAN_QR_CODE it reads the raw QR ({@link #qr()}) and calls {@code onNewQr} once per QR:
   * at once, then when the QR expires (at its {@link LoginQr#expiry()}, without waiting for the
   * polling interval) or info's {@code qr} shows it rotated; the same QR is never called back
   * twice. {@code onNewQr} runs on the calling thread; draw {@link LoginQr#value()} with any QR
   * library, or print it. A refusal because the status moved between two reads is waited through.
   *
   * @param timeout how long to wait for WORKING at most
   * @param onNewQr sees each new QR; what it throws ends the wait and reaches the caller
   * @return the session's info once WORKING (with {@code me})
   * @throws io.wawpkit.session.client.lifecycle.SessionFailedException when the session goes FAILED
   * @throws io.wawpkit.session.client.errors.NotFoundException when the session is gone (404)
   * @throws io.wawpkit.session.client.lifecycle.LifecycleTimeoutException on timeout, naming the last status
   */
  public SessionInfo awaitLogin(Duration timeout, Consumer<LoginQr> onNewQr) {
    Objects.requireNonNull(timeout, "timeout");
    StatusWaiter.Watch watch = LoginWatches.qr(this::qr, onNewQr);
    return new StatusWaiter(client.polling()).await(instanceId, this::info, EnumSet.of(SessionStatus.WORKING), timeout, watch);
  }

  /**
   * The pairing-code twin of {@link #awaitLogin(Duration, Consumer)}: once the session shows
   * SCAN_QR_CODE, asks for a pairing code for the phone number ({@link #requestPairingCode}) and
   * calls {@code onCode} with it (like {@code ABCD-1234}: the person types it into WhatsApp, under
   * Linked devices, "Link with phone number instead"), then waits until WORKING. The code is asked
   * again every minute while it waits, which answers the same code until it is used or expires
   * (the contract's position), and {@code onCode} is called again only with a different code: so a
   * new code comes only when the old one expired or the session showed SCAN_QR_CODE anew. A
   * session already WORKING is returned at once, with no code asked.
   *
   * @param timeout how long to wait for WORKING at most
   * @param phoneNumber digits only, country code first, no {@code +}
   * @param onCode sees each new code; what it throws ends the wait and reaches the caller
   * @return the session's info once WORKING (with {@code me})
   * @throws io.wawpkit.session.client.lifecycle.SessionFailedException when the session goes FAILED
   * @throws io.wawpkit.session.client.errors.NotFoundException when the session is gone (404)
   * @throws io.wawpkit.session.client.lifecycle.LifecycleTimeoutException on timeout, naming the last status
   */
  public SessionInfo awaitLogin(Duration timeout, String phoneNumber, Consumer<String> onCode) {
    return awaitLogin(timeout, phoneNumber, onCode, PAIRING_CODE_RECHECK);
  }

  /** {@link #awaitLogin(Duration, String, Consumer)} asking the code again every {@code recheck} (tests). */
  SessionInfo awaitLogin(Duration timeout, String phoneNumber, Consumer<String> onCode, Duration recheck) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    StatusWaiter.Watch watch = LoginWatches.pairingCode(() -> requestPairingCode(phoneNumber), onCode, recheck);
    return new StatusWaiter(client.polling()).await(instanceId, this::info, EnumSet.of(SessionStatus.WORKING), timeout, watch);
  }

  /** Create, delete, start, stop, restart, logout, with the other documented methods. */
  public LifecycleApi lifecycleApi() {
    client.ensureOpen();
    return lifecycle.get();
  }

  /** Info (GET and POST) and me. */
  public InfoApi infoApi() {
    client.ensureOpen();
    return info.get();
  }

  /** Rate-limit GET and PATCH. */
  public RateLimitApi rateLimitApi() {
    client.ensureOpen();
    return rateLimit.get();
  }

  /** Temp-link GET, POST and DELETE. */
  public TempLinkApi tempLinkApi() {
    client.ensureOpen();
    return tempLink.get();
  }

  /** Webhook GET and POST. */
  public WebhookApi webhookApi() {
    client.ensureOpen();
    return webhook.get();
  }

  /**
   * The QR the session shows now, raw: its text and when it expires (the raw QR's {@code data},
   * the Base64 of {@code {value, expiry}}, decoded). Only while SCAN_QR_CODE: in another status a
   * {@link io.wawpkit.session.client.errors.WrongSessionStatusException} (422 {@code invalid_session})
   * naming the status. On a v1 base, v1's {@code getQr?format=raw}.
   * {@link #awaitLogin(Duration, Consumer)} reads it for you until the session logs in.
   *
   * @throws io.wawpkit.session.client.errors.MalformedResponseException when {@code data} is not the Base64 of such a JSON value
   */
  public LoginQr qr() {
    QrRaw raw = v1() ? toRaw(loginApi().getQrV1(RAW)) : loginApi().getQr(RAW);
    QrValue decoded;
    try {
      decoded = WawpJson.mapper().readValue(Base64.getDecoder().decode(raw.getData()), QrValue.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedResponseException("getQr", "getQr: data is not the Base64 of {value, expiry} ("
          + e.getClass().getSimpleName() + ")");
    }
    if (decoded.getValue() == null || decoded.getExpiry() == null) {
      throw new MalformedResponseException("getQr", "getQr: the decoded data lacks value or expiry");
    }
    return new LoginQr(decoded.getValue(), Instant.ofEpochMilli(decoded.getExpiry()));
  }

  /**
   * The QR the session shows now as an image (qr-image's PNG data URL, decoded). Only while
   * SCAN_QR_CODE (else a {@link io.wawpkit.session.client.errors.WrongSessionStatusException}). On a
   * v1 base, v1's {@code getQr}.
   */
  public Image qrImage() {
    String dataUrl = v1() ? loginApi().getQrV1((String) null).getQr() : loginApi().getQrImage().getQr();
    return fromDataUrl("getQrImage", dataUrl);
  }

  /**
   * Asks for a pairing code for a phone number (digits only, country code first, no {@code +}): the
   * code (like {@code ABCD-1234}) the person types into WhatsApp instead of scanning. The same code
   * for the same number until it is used or expires. Only while SCAN_QR_CODE (else a
   * {@link io.wawpkit.session.client.errors.WrongSessionStatusException}). The number travels in the
   * query string, as the docs send it.
   */
  public String requestPairingCode(String phoneNumber) {
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    return (v1() ? loginApi().requestPairingCodeV1(phoneNumber) : loginApi().requestPairingCode(phoneNumber)).getCode();
  }

  /**
   * A screenshot of what the session shows (the QR while SCAN_QR_CODE), decoded. Only while
   * SCAN_QR_CODE or WORKING (else a {@link io.wawpkit.session.client.errors.WrongSessionStatusException}).
   */
  public Image screenshot() {
    Screenshot shot = v1() ? loginApi().getScreenshotV1() : loginApi().getScreenshot();
    try {
      return new Image(Base64.getDecoder().decode(shot.getData()), shot.getMimetype());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MalformedResponseException("getScreenshot", "getScreenshot: data is not an image in Base64");
    }
  }

  private boolean v1() {
    return client.apiVersion() == ApiVersion.V1;
  }

  private static QrRaw toRaw(V1Qr v1) {
    return new QrRaw().mimetype(v1.getMimetype()).data(v1.getData());
  }

  private static Image fromDataUrl(String operationId, String dataUrl) {
    int comma = dataUrl == null ? -1 : dataUrl.indexOf(',');
    if (comma < 0 || !dataUrl.startsWith("data:") || !dataUrl.substring(0, comma).endsWith(";base64")) {
      throw new MalformedResponseException(operationId, operationId + ": qr is not a Base64 data URL");
    }
    try {
      return new Image(Base64.getDecoder().decode(dataUrl.substring(comma + 1)),
          dataUrl.substring("data:".length(), comma - ";base64".length()));
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException(operationId, operationId + ": qr is not valid Base64");
    }
  }

  /**
   * The login operations: the QR raw and as an image (GET and POST), the pairing code, the
   * screenshot, and their v1 forms (on a v1 base URL). They answer only while SCAN_QR_CODE (the
   * screenshot also while WORKING); in another status a {@code WrongSessionStatusException} (a
   * {@code BadRequestException} with status 422 and code {@code invalid_session}) naming the status.
   */
  public LoginApi loginApi() {
    client.ensureOpen();
    return login.get();
  }

  @Override
  public String toString() {
    return "WawpInstance{" + instanceId + "}";
  }
}
