package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forAccount;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.sessionAfter;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.generated.model.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the client relies on from create, start, stop, restart, logout and delete (both methods of each). */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class LifecyclePactTest {

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact create(PactDslWithProvider builder) {
    // Only the new id matters to the client (it starts the session with it next).
    return json(forAccount(builder, States.ACCOUNT, "create a session", "POST", "/session/create"), 200,
        new PactDslJsonBody().stringMatcher("instance_id", PactContract.pattern("InstanceId"), INSTANCE_ID))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "create")
  void createReadsTheNewInstanceId(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.create().getInstanceId()).isEqualTo(INSTANCE_ID);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact start(PactDslWithProvider builder) {
    return json(forSession(builder, States.STOPPED, "start a stopped session", "POST", "/session/start"), 200,
        sessionAfter("start", "STOPPED")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "start")
  void startReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).start().getStatus()).isEqualTo(SessionStatus.STARTING);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact startByGet(PactDslWithProvider builder) {
    return json(forSession(builder, States.STOPPED, "start a stopped session (GET)", "GET", "/session/start"), 200,
        sessionAfter("start", "STOPPED")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "startByGet")
  void startByGetReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).lifecycleApi().startSessionByGet().getStatus())
          .isEqualTo(SessionStatus.STARTING);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact stop(PactDslWithProvider builder) {
    return json(forSession(builder, States.WORKING, "stop a working session", "POST", "/session/stop"), 200,
        sessionAfter("stop", "WORKING")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "stop")
  void stopReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).stop().getStatus()).isEqualTo(SessionStatus.STOPPED);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact stopByGet(PactDslWithProvider builder) {
    return json(forSession(builder, States.SCAN_QR, "stop a session that shows a QR (GET)", "GET", "/session/stop"),
        200, sessionAfter("stop", "SCAN_QR_CODE")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "stopByGet")
  void stopByGetReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).lifecycleApi().stopSessionByGet().getStatus())
          .isEqualTo(SessionStatus.STOPPED);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact restart(PactDslWithProvider builder) {
    return json(forSession(builder, States.SCAN_QR, "restart a session that shows a QR", "POST", "/session/restart"),
        200, sessionAfter("restart", "SCAN_QR_CODE")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restart")
  void restartReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).restart().getStatus()).isEqualTo(SessionStatus.STARTING);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact restartByGet(PactDslWithProvider builder) {
    // The docs' advice for FAILED is a restart first.
    return json(forSession(builder, States.FAILED, "restart a failed session (GET)", "GET", "/session/restart"),
        200, sessionAfter("restart", "FAILED")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restartByGet")
  void restartByGetReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).lifecycleApi().restartSessionByGet().getStatus())
          .isEqualTo(SessionStatus.STARTING);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact logout(PactDslWithProvider builder) {
    return json(forSession(builder, States.WORKING, "log out a working session", "POST", "/session/logout"), 200,
        new PactDslJsonBody().stringMatcher("status", PactContract.statusRegex(), PactContract.after("logout", "WORKING")))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "logout")
  void logoutReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).logout().getStatus()).isEqualTo(SessionStatus.SCAN_QR_CODE);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact logoutByGet(PactDslWithProvider builder) {
    return json(forSession(builder, States.STOPPED, "log out a stopped session (GET)", "GET", "/session/logout"), 200,
        new PactDslJsonBody().stringMatcher("status", PactContract.statusRegex(), PactContract.after("logout", "STOPPED")))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "logoutByGet")
  void logoutByGetReadsTheStatus(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).lifecycleApi().logoutSessionByGet().getStatus())
          .isEqualTo(SessionStatus.STOPPED);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact delete(PactDslWithProvider builder) {
    // DELETED marks the answer of a deletion (the schema's only value), for the id that was deleted.
    return json(forSession(builder, States.STOPPED, "delete a session", "DELETE", "/session/delete"), 200,
        new PactDslJsonBody()
            .stringValue("status", PactContract.lifecycle().terminal())
            .valueFromProviderState("instance_id", "${" + INSTANCE_ID_KEY + "}", INSTANCE_ID))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "delete")
  void deleteReadsTheDeletedMark(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var deleted = wawp.instance(INSTANCE_ID).delete();
      assertThat(deleted.getInstanceId()).isEqualTo(INSTANCE_ID);
      assertThat(deleted.getStatus().getValue()).isEqualTo("DELETED");
    }
  }
}
