package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.Transition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LifecycleTest {
  static WawpMock fast;
  static WawpMock slow;

  @BeforeAll
  static void start() {
    fast = WawpMock.builder().startingDuration(Duration.ofMillis(60)).qrRotation(Duration.ofMillis(100)).start();
    // STARTING lasts an hour here, so that each status can be held for the table below.
    slow = WawpMock.builder().startingDuration(Duration.ofHours(1)).start();
  }

  @AfterAll
  static void stop() {
    fast.close();
    slow.close();
  }

  @Test
  void aSessionGoesThroughTheDocumentedLifecycle() {
    SpecClient api = new SpecClient(fast);
    String token = fast.token(DemoAccounts.PAID);
    String id = api.create(token);
    assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo("STOPPED");

    assertThat(api.query("POST", "/session/start", token, id).status("status")).isEqualTo("STARTING");
    Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5),
        () -> "SCAN_QR_CODE".equals(api.query("GET", "/session/info", token, id).status("status")));
    SpecClient.Answer scanning = api.query("POST", "/session/info", token, id);
    assertThat(scanning.body().get("qr").asText()).startsWith("data:image/png;base64,iVBOR");
    assertThat(scanning.body().get("me").isNull()).isTrue();
    assertThat(api.query("GET", "/session/me", token, id).body().get("id").isNull()).isTrue();

    String firstQr = scanning.body().get("qr").asText();
    Wait.until("the QR to rotate", Duration.ofSeconds(5),
        () -> !firstQr.equals(api.query("GET", "/session/info", token, id).body().get("qr").asText()));

    assertThat(fast.control().scan(id)).isEqualTo(MockControl.MoveResult.APPLIED);
    SpecClient.Answer working = api.query("GET", "/session/info", token, id);
    assertThat(working.status("status")).isEqualTo("WORKING");
    assertThat(working.body().get("me").get("id").asText()).endsWith("@c.us");
    assertThat(working.body().get("qr").isNull()).isTrue();
    assertThat(api.query("GET", "/session/me", token, id).body().get("platform").asText()).isEqualTo("android");

    // stop keeps the login: start resumes WORKING without a scan
    assertThat(api.query("GET", "/session/stop", token, id).status("status")).isEqualTo("STOPPED");
    api.query("GET", "/session/start", token, id);
    Wait.until("WORKING again", Duration.ofSeconds(5),
        () -> "WORKING".equals(api.query("GET", "/session/info", token, id).status("status")));

    // restart keeps it too
    assertThat(api.query("POST", "/session/restart", token, id).status("status")).isEqualTo("STARTING");
    Wait.until("WORKING after restart", Duration.ofSeconds(5),
        () -> "WORKING".equals(api.query("GET", "/session/info", token, id).status("status")));

    // logout drops it: a new QR
    assertThat(api.query("POST", "/session/logout", token, id).status("status")).isEqualTo("SCAN_QR_CODE");
    api.query("POST", "/session/stop", token, id);
    api.query("POST", "/session/start", token, id);
    Wait.until("SCAN_QR_CODE after logout", Duration.ofSeconds(5),
        () -> "SCAN_QR_CODE".equals(api.query("GET", "/session/info", token, id).status("status")));

    // the service breaks it; restart recovers
    assertThat(fast.control().fail(id)).isEqualTo(MockControl.MoveResult.APPLIED);
    assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo("FAILED");
    assertThat(api.query("POST", "/session/restart", token, id).status("status")).isEqualTo("STARTING");

    SpecClient.Answer deleted = api.query("DELETE", "/session/delete", token, id);
    assertThat(deleted.status("status")).isEqualTo("DELETED");
    for (SpecOperation op : fast.spec().operations()) {
      if (op.needsInstance()) {
        // a valid body (the spec's example), so that only the deleted instance can be refused
        String body = op.operation().getRequestBody() == null ? null : SpecClient.exampleBody(op);
        // on a base that serves it (the v1 login forms are v1's only)
        SpecClient base = op.apiVersions().contains("v2") ? api : api.v1();
        SpecClient.Answer after = base.query(op.method().name(), op.path(), token, id, body);
        assertThat(after.status()).as(op.label()).isEqualTo(404);
        assertThat(after.code()).as(op.label()).isEqualTo("invalid_instance");
      }
    }
  }

  @Test
  void aSimulatedPersonLetsAClientReachWorkingWithThePublicApiOnly() {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(30))
        .autoScanAfter(Duration.ofMillis(60)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = api.create(token);
      api.bearer("POST", "/session/start", token, id);
      Wait.until("WORKING", Duration.ofSeconds(5),
          () -> "WORKING".equals(api.bearer("GET", "/session/info", token, id).status("status")));
    }
  }

  /** Every action from every status leads where the model says (the model, not this test, is the rule). */
  @TestFactory
  List<DynamicTest> everyActionFromEveryStatusFollowsTheModel() {
    LifecycleModel model = slow.spec().lifecycle();
    List<DynamicTest> tests = new ArrayList<>();
    for (String from : model.states()) {
      for (String action : model.actions()) {
        tests.add(DynamicTest.dynamicTest(action + " from " + from, () -> {
          SpecClient api = new SpecClient(slow);
          String token = slow.token(DemoAccounts.PAID);
          String id = api.create(token);
          bringTo(slow, api, token, id, from);
          Transition t = model.transition(action, from).orElseThrow();
          SpecOperation op = slow.spec().operationsFor(action).get(0);
          SpecClient.Answer answer = api.query(op.method().name(), op.path(), token, id);
          assertThat(answer.status()).isEqualTo(200);
          assertThat(answer.status("status")).isEqualTo(t.to());
          if (t.to().equals(model.terminal())) {
            assertThat(slow.control().status(id)).isNull();
          } else {
            assertThat(slow.control().status(id)).isEqualTo(t.to());
          }
        }));
      }
    }
    return tests;
  }

  /** Drives a new session to a status with API calls and the model's moves. */
  static void bringTo(WawpMock mock, SpecClient api, String token, String id, String target) {
    LifecycleModel model = mock.spec().lifecycle();
    for (int step = 0; step < 10 && !target.equals(mock.control().status(id)); step++) {
      String now = mock.control().status(id);
      boolean moved = false;
      for (Move m : model.moves()) {
        if (m.to().equals(target) && m.from().contains(now)
            && mock.control().move(id, m.name()) == MockControl.MoveResult.APPLIED) {
          moved = true;
          break;
        }
      }
      if (moved) {
        continue;
      }
      for (String action : model.actions()) {
        Transition t = model.transition(action, now).orElseThrow();
        if (t.to().equals(target)) {
          SpecOperation op = mock.spec().operationsFor(action).get(0);
          api.query(op.method().name(), op.path(), token, id);
          moved = true;
          break;
        }
      }
      if (!moved) {
        // one step closer: start the session, or let it boot
        if (model.transition("start", now).map(t -> !t.to().equals(now)).orElse(false)) {
          api.query("POST", "/session/start", token, id);
        } else {
          model.movesFrom(now).stream().findFirst().ifPresent(m -> mock.control().move(id, m.name()));
        }
      }
    }
    assertThat(mock.control().status(id)).as("could bring the session to " + target).isEqualTo(target);
  }
}
