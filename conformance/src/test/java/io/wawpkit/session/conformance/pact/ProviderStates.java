package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID_KEY;
import static io.wawpkit.session.conformance.pact.PactContract.TOKEN_KEY;

import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider states of the pacts, set up through the provider's public API, plus a {@link
 * Backdoor} for what only a person or the service can do, where the target has one (the mock's
 * control API). Each state method returns the instance id it set up and the token to use, which
 * the verifier injects into the requests in place of the pacts' examples (see {@link States}).
 * Every session a state (or a verified create) made is deleted at teardown: on a live target the
 * verification touches only sessions it created.
 */
final class ProviderStates {

  /** What no public call can do. */
  interface Backdoor {
    /** A person scans the session's QR. */
    void scan(String instanceId);

    /** The service breaks the session. */
    void fail(String instanceId);

    /** Makes the paid account paid and the free account free. */
    void plans();
  }

  private final PublicApi api;
  private final String token;
  private final String paidToken;
  private final String freeToken;
  private final Backdoor backdoor;
  private final Duration stateTimeout;
  private final List<String[]> created = new ArrayList<>();

  /**
   * @param token the account every state but the plan-specific ones uses
   * @param paidToken an account with an active plan, or null when the target has none
   * @param freeToken an account without one, or null when the target has none
   * @param backdoor the target's control API, or null (then WORKING and FAILED cannot be reached)
   * @param stateTimeout how long a state may wait for a timed move (STARTING -> SCAN_QR_CODE)
   */
  ProviderStates(PublicApi api, String token, String paidToken, String freeToken, Backdoor backdoor,
      Duration stateTimeout) {
    this.api = api;
    this.token = token;
    this.paidToken = paidToken;
    this.freeToken = freeToken;
    this.backdoor = backdoor;
    this.stateTimeout = stateTimeout;
  }

  /**
   * Why a state cannot be set up on this target, if it cannot. Checked before the state methods
   * run: Pact turns any exception of a state method (an assumption too) into a failure, so an
   * unreachable state is reported as skipped from the test's {@code @BeforeEach} instead.
   */
  Optional<String> whyUnreachable(String state) {
    if (backdoor == null && state.equals(States.WORKING)) {
      return Optional.of("WORKING needs a person to scan the QR code; the public API alone cannot reach it");
    }
    if (backdoor == null && state.equals(States.FAILED)) {
      return Optional.of("only the service fails a session; no public call leads to FAILED");
    }
    if (paidToken == null && (state.equals(States.PAID) || state.equals(States.WEBHOOK))) {
      return Optional.of("no account with an active plan (rate-limit has_active_plan false): webhooks are paid-only");
    }
    if (freeToken == null && state.equals(States.FREE)) {
      return Optional.of("no free account: pass -Dpact.verifier.freeToken=... (an account whose rate-limit"
          + " reports has_active_plan false)");
    }
    return Optional.empty();
  }

  /** Records a session the verification itself created (the create interaction), for teardown. */
  void createdByVerification(String instanceId) {
    created.add(new String[] {token, instanceId});
  }

  @State(States.ACCOUNT)
  Map<String, Object> account() {
    return injected(token, null);
  }

  @State(States.STOPPED)
  Map<String, Object> stopped() {
    return injected(token, create(token));
  }

  @State(States.SCAN_QR)
  Map<String, Object> scanQr() {
    return injected(token, showingQr());
  }

  @State(States.WORKING)
  Map<String, Object> working() {
    String id = showingQr();
    required().scan(id);
    api.awaitStatus(token, id, "WORKING", stateTimeout);
    return injected(token, id);
  }

  @State(States.FAILED)
  Map<String, Object> failed() {
    String id = create(token);
    api.start(token, id);
    required().fail(id);
    api.awaitStatus(token, id, "FAILED", stateTimeout);
    return injected(token, id);
  }

  @State(States.TEMP_LINK)
  Map<String, Object> withTempLink() {
    String id = showingQr();
    api.newTempLink(token, id);
    return injected(token, id);
  }

  @State(States.PAID)
  Map<String, Object> paid() {
    plans();
    return injected(paidToken, create(paidToken));
  }

  @State(States.WEBHOOK)
  Map<String, Object> withWebhook() {
    plans();
    String id = create(paidToken);
    api.replaceWebhooks(paidToken, id, PactContract.WEBHOOK_URL);
    return injected(paidToken, id);
  }

  @State(States.FREE)
  Map<String, Object> free() {
    plans();
    return injected(freeToken, create(freeToken));
  }

  /** A session that existed and was deleted: unknown to the provider for certain, on any target. */
  @State(States.NONE)
  Map<String, Object> none() {
    String id = api.create(token);
    api.delete(token, id);
    return injected(token, id);
  }

  @State(value = {States.ACCOUNT, States.STOPPED, States.SCAN_QR, States.WORKING, States.FAILED, States.TEMP_LINK,
      States.PAID, States.WEBHOOK, States.FREE, States.NONE}, action = StateChangeAction.TEARDOWN)
  void deleteWhatWasCreated() {
    for (String[] session : created) {
      api.deleteQuietly(session[0], session[1]);
    }
    created.clear();
  }

  private String create(String account) {
    String id = api.create(account);
    created.add(new String[] {account, id});
    return id;
  }

  /** Create, start and wait for the QR (the timed boot move): reachable through the public API. */
  private String showingQr() {
    String id = create(token);
    api.start(token, id);
    api.awaitStatus(token, id, "SCAN_QR_CODE", stateTimeout);
    return id;
  }

  private void plans() {
    if (backdoor != null) {
      backdoor.plans();
    }
  }

  private Backdoor required() {
    if (backdoor == null) {
      throw new IllegalStateException("this state needs the target's control API (see whyUnreachable)");
    }
    return backdoor;
  }

  private static Map<String, Object> injected(String token, String instanceId) {
    Map<String, Object> values = new HashMap<>();
    values.put(TOKEN_KEY, token);
    if (instanceId != null) {
      values.put(INSTANCE_ID_KEY, instanceId);
    }
    return values;
  }
}
