package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.wawpkit.session.mock.control.AccountSummary;
import io.wawpkit.session.mock.control.Delivery;
import io.wawpkit.session.mock.control.Fault;
import io.wawpkit.session.mock.control.JournalEntry;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.control.MockControl.MoveResult;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.mock.control.SessionSummary;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.LoginEffect;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link MockControl}, held by both implementations: the mock's own in this process
 * ({@code WawpMock.control()}) and the HTTP client of its control API ({@code MockControl.over}).
 * Every test runs once on each, against the same mock.
 */
class MockControlContractTest {
  private static WawpMock mock;
  private static SpecClient api;

  @BeforeAll
  static void start() {
    // nobody scans on their own: the person is the control API
    mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).webhookRetryDelay(Duration.ofMillis(20)).start();
    api = new SpecClient(mock);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void resetTheMock() {
    mock.control().reset();
  }

  static Stream<Named<MockControl>> sides() {
    return Stream.of(Named.of("in process", mock.control()),
        Named.of("over HTTP", MockControl.over(URI.create(mock.controlUrl()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void aScanAppliesOnlyWhereTheModelHasAPersonMove(MockControl control) {
    String id = showingQr(control);
    assertThat(control.scan(id)).isEqualTo(MoveResult.APPLIED);
    assertThat(control.status(id)).isEqualTo("WORKING");
    assertThat(control.scan(id)).isEqualTo(MoveResult.NOT_APPLICABLE);
    assertThat(control.scan("NOPE")).isEqualTo(MoveResult.UNKNOWN_SESSION);
    assertThat(control.status("NOPE")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void aPairingCodeAppliesOnlyWhenItIsTheSessionsCode(MockControl control) {
    String id = showingQr(control);
    String token = mock.token(DemoAccounts.PAID);
    assertThat(control.enterPairingCode(id, "ABCD-1234")).as("no code asked for").isEqualTo(MoveResult.NOT_APPLICABLE);
    String code = api.send("POST", "/auth/request-code", java.util.Map.of("access_token", token, "instance_id", id,
        "phone_number", "15551234567"), java.util.Map.of(), null).status("code");
    assertThat(control.enterPairingCode(id, code)).isEqualTo(MoveResult.APPLIED);
    assertThat(control.status(id)).isEqualTo("WORKING");
    assertThat(control.enterPairingCode(id, code)).isEqualTo(MoveResult.NOT_APPLICABLE);
    assertThat(control.enterPairingCode("NOPE", code)).isEqualTo(MoveResult.UNKNOWN_SESSION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void aFailureKeepsOrDropsTheSavedLogin(MockControl control) {
    String byDefault = working(control);
    String kept = working(control);
    String dropped = working(control);
    assertThat(control.fail(byDefault)).isEqualTo(MoveResult.APPLIED);
    assertThat(control.fail(kept, LoginEffect.KEEP)).isEqualTo(MoveResult.APPLIED);
    assertThat(control.fail(dropped, LoginEffect.DROP)).isEqualTo(MoveResult.APPLIED);
    assertThat(control.sessions(DemoAccounts.PAID)).allSatisfy(s -> assertThat(s.status()).isEqualTo("FAILED"))
        .filteredOn(SessionSummary::savedLogin).extracting(SessionSummary::instanceId)
        .containsExactlyInAnyOrder(byDefault, kept);
    assertThat(control.fail(byDefault)).isEqualTo(MoveResult.NOT_APPLICABLE);
    assertThat(control.fail("NOPE")).isEqualTo(MoveResult.UNKNOWN_SESSION);
    assertThat(control.fail("NOPE", LoginEffect.DROP)).isEqualTo(MoveResult.UNKNOWN_SESSION);
    assertThatThrownBy(() -> control.fail(kept, LoginEffect.SAVE)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void anyMoveOfTheModelAppliesByName(MockControl control) {
    String stopped = control.bulkCreate(DemoAccounts.PAID, 1, null).get(0);
    assertThat(control.move(stopped, "dance")).isEqualTo(MoveResult.UNKNOWN_MOVE);
    assertThat(control.move("NOPE", "scan")).isEqualTo(MoveResult.UNKNOWN_SESSION);
    assertThat(control.move(stopped, "fail")).isEqualTo(MoveResult.NOT_APPLICABLE);
    String id = showingQr(control);
    assertThat(control.move(id, "scan")).isEqualTo(MoveResult.APPLIED);
    assertThat(control.status(id)).isEqualTo("WORKING");
    assertThat(control.move(id, "unlink")).isEqualTo(MoveResult.APPLIED);
    assertThat(control.sessions(DemoAccounts.PAID)).filteredOn(s -> s.instanceId().equals(id))
        .extracting(SessionSummary::status, SessionSummary::savedLogin)
        .containsExactly(tuple("FAILED", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void plansChangeUntilReset(MockControl control) {
    assertThat(plan(control, DemoAccounts.FREE)).isEqualTo(Plan.FREE);
    assertThat(control.setPlan(DemoAccounts.FREE, Plan.PAID)).isTrue();
    assertThat(plan(control, DemoAccounts.FREE)).isEqualTo(Plan.PAID);
    assertThat(control.setPlan("nobody", Plan.PAID)).isFalse();
    control.reset();
    assertThat(plan(control, DemoAccounts.FREE)).isEqualTo(Plan.FREE);
    assertThat(control.accounts()).extracting(AccountSummary::id)
        .containsExactly(DemoAccounts.PAID, DemoAccounts.FREE, DemoAccounts.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void faultsAreInjectedListedAndCleared(MockControl control) {
    Fault unavailable = Fault.status("getSessionInfo", 503, 2);
    Fault slow = Fault.latency(Fault.EVERY_OPERATION, 5, null);
    Fault dropped = Fault.drop("startSession", 1);
    control.injectFault(unavailable);
    control.injectFault(slow);
    control.injectFault(dropped);
    assertThat(control.faults()).containsExactlyInAnyOrder(unavailable, slow, dropped);

    String id = api.create(mock.token(DemoAccounts.PAID));
    assertThat(api.query("GET", "/session/info", mock.token(DemoAccounts.PAID), id).status()).isEqualTo(503);
    assertThat(control.faults()).contains(Fault.status("getSessionInfo", 503, 1));

    assertThat(control.clearFault("getSessionInfo")).isTrue();
    assertThat(control.clearFault("getSessionInfo")).isFalse();
    assertThat(control.clearFault(Fault.EVERY_OPERATION)).isTrue();
    assertThat(control.faults()).containsExactly(dropped);
    control.clearFaults();
    assertThat(control.faults()).isEmpty();

    assertThatThrownBy(() -> control.injectFault(Fault.status("danceSession", 503, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("danceSession");
    assertThat(control.faults()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void sessionsAreListedByAccountThenId(MockControl control) {
    List<String> paid = control.bulkCreate(DemoAccounts.PAID, 3, null);
    List<String> free = control.bulkCreate(DemoAccounts.FREE, 1, "start");
    assertThat(paid).hasSize(3);
    List<SessionSummary> all = control.sessions(null);
    assertThat(all).extracting(SessionSummary::instanceId).containsExactlyInAnyOrderElementsOf(
        Stream.concat(paid.stream(), free.stream()).toList());
    assertThat(all).isSortedAccordingTo(Comparator.comparing(SessionSummary::accountId)
        .thenComparing(SessionSummary::instanceId));
    assertThat(control.sessions(DemoAccounts.PAID)).allSatisfy(s -> {
      assertThat(s.accountId()).isEqualTo(DemoAccounts.PAID);
      assertThat(s.status()).isEqualTo("STOPPED");
      assertThat(s.name()).isNotBlank();
      assertThat(s.policy()).isNotBlank();
      assertThat(s.apiVersion()).isEqualTo("v2");
      assertThat(s.webhooks()).isZero();
      assertThat(s.savedLogin()).isFalse();
    }).hasSize(3);
    assertThat(control.sessions("nobody")).isEmpty();
    assertThat(control.accounts()).extracting(AccountSummary::id, AccountSummary::instances)
        .contains(tuple(DemoAccounts.PAID, 3), tuple(DemoAccounts.FREE, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void aBulkCreateOutOfBoundsMakesNothing(MockControl control) {
    assertThatThrownBy(() -> control.bulkCreate(DemoAccounts.PAID, 0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.bulkCreate(DemoAccounts.PAID, MockControl.MAX_BULK + 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.bulkCreate("nobody", 1, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.bulkCreate(DemoAccounts.PAID, 2, "dance")).isInstanceOf(IllegalArgumentException.class);
    assertThat(control.sessions(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void webhookDeliveriesAreListed(MockControl control) {
    try (StatusEventReceiver receiver = new StatusEventReceiver()) {
      String id = startedWithStatusEventsTo(receiver);
      Wait.until("two deliveries", Duration.ofSeconds(5), () -> control.deliveries().size() >= 2);
      Delivery first = control.deliveries().get(0);
      assertThat(first.instanceId()).isEqualTo(id);
      assertThat(first.url()).isEqualTo(receiver.url());
      assertThat(first.attempt()).isEqualTo(1);
      assertThat(first.status()).isEqualTo(204);
      assertThat(first.error()).isNull();
      assertThat(first.eventId()).isNotBlank();
      assertThat(first.at()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void theRequestJournalIsReadAndEmptied(MockControl control) {
    String token = mock.token(DemoAccounts.PAID);
    String id = api.create(token);
    api.query("GET", "/session/info", token, id);
    List<JournalEntry> requests = control.requests();
    assertThat(requests).extracting(JournalEntry::operationId).endsWith("createSession", "getSessionInfo");
    JournalEntry info = requests.get(requests.size() - 1);
    assertThat(info.method()).isEqualTo("GET");
    assertThat(info.path()).endsWith("/session/info");
    assertThat(info.status()).isEqualTo(200);
    assertThat(info.query()).contains("instance_id=" + id).doesNotContain(token);
    assertThat(info.millis()).isPositive();
    assertThat(info.at()).isNotBlank();
    control.clearRequests();
    assertThat(control.requests()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void aResetForgetsSessionsFaultsPlansDeliveriesAndRequests(MockControl control) {
    try (StatusEventReceiver receiver = new StatusEventReceiver()) {
      String id = startedWithStatusEventsTo(receiver);
      control.injectFault(Fault.latency("getSessionMe", 1, null));
      control.setPlan(DemoAccounts.PAID, Plan.FREE);
      // STARTING and SCAN_QR_CODE delivered; the session then waits for a scan, and no event is under way
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(control.status(id)));
      Wait.until("two deliveries", Duration.ofSeconds(5), () -> control.deliveries().size() >= 2);

      control.reset();
      assertThat(control.sessions(null)).isEmpty();
      assertThat(control.status(id)).isNull();
      assertThat(control.faults()).isEmpty();
      assertThat(control.requests()).isEmpty();
      assertThat(plan(control, DemoAccounts.PAID)).isEqualTo(Plan.PAID);
      assertThat(control.accounts()).allSatisfy(a -> assertThat(a.instances()).isZero());
      assertThat(control.deliveries()).isEmpty();
    }
  }

  /** The two read the same state to the last field: nothing is lost on the way over HTTP. */
  @Test
  void bothSidesReadTheSameState() {
    try (StatusEventReceiver receiver = new StatusEventReceiver()) {
      MockControl local = mock.control();
      MockControl remote = MockControl.over(URI.create(mock.controlUrl()));
      String id = startedWithStatusEventsTo(receiver);
      local.bulkCreate(DemoAccounts.OTHER, 5, "start");
      local.injectFault(Fault.status("getSessionMe", 429, null));
      local.injectFault(Fault.latency(Fault.EVERY_OPERATION, 1, 3));
      local.setPlan(DemoAccounts.FREE, Plan.PAID);
      Wait.until("deliveries", Duration.ofSeconds(5), () -> local.deliveries().size() >= 2);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(local.status(id)));
      local.scan(id);
      Wait.until("the WORKING delivery", Duration.ofSeconds(5), () -> local.deliveries().size() >= 3);

      assertThat(remote.sessions(null)).isEqualTo(local.sessions(null)).hasSize(6);
      assertThat(remote.sessions(DemoAccounts.PAID)).isEqualTo(local.sessions(DemoAccounts.PAID)).hasSize(1);
      assertThat(remote.status(id)).isEqualTo(local.status(id)).isEqualTo("WORKING");
      assertThat(remote.accounts()).isEqualTo(local.accounts());
      assertThat(remote.faults()).containsExactlyInAnyOrderElementsOf(local.faults()).hasSize(2);
      assertThat(remote.deliveries()).isEqualTo(local.deliveries());
      assertThat(remote.requests()).isEqualTo(local.requests()).isNotEmpty();
    }
  }

  /** A session STARTING then showing its QR (the STARTING timer is 20 ms). */
  private static String showingQr(MockControl control) {
    String id = control.bulkCreate(DemoAccounts.PAID, 1, "start").get(0);
    Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(control.status(id)));
    return id;
  }

  private static String working(MockControl control) {
    String id = showingQr(control);
    assertThat(control.scan(id)).isEqualTo(MoveResult.APPLIED);
    return id;
  }

  private static Plan plan(MockControl control, String accountId) {
    return control.accounts().stream().filter(a -> a.id().equals(accountId)).findFirst().orElseThrow().plan();
  }

  /** A new session of the paid account whose status events go to the receiver, started. */
  private static String startedWithStatusEventsTo(StatusEventReceiver receiver) {
    String token = mock.token(DemoAccounts.PAID);
    String id = api.create(token);
    api.query("POST", "/session/webhook", token, id,
        "{\"webhooks\":[{\"url\":\"" + receiver.url() + "\",\"events\":[\"session.status\"]}]}");
    api.query("POST", "/session/start", token, id);
    return id;
  }
}
