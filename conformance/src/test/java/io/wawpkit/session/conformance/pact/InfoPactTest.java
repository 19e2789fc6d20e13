package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.sessionIn;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.wawpkit.session.generated.model.SessionStatus;

/** What the client relies on from info (GET and POST) and me: the status and what it carries. */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class InfoPactTest {

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact infoWithQr(PactDslWithProvider builder) {
    return json(forSession(builder, States.SCAN_QR, "read a session that shows a QR", "GET", "/session/info"), 200,
        sessionIn("SCAN_QR_CODE")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "infoWithQr")
  void infoCarriesTheQrWhileScanQrCode(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var info = wawp.instance(INSTANCE_ID).info();
      assertThat(info.getStatus()).isEqualTo(SessionStatus.SCAN_QR_CODE);
      assertThat(info.getQr()).startsWith("data:image/png;base64,");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact infoByPostWhileWorking(PactDslWithProvider builder) {
    return json(forSession(builder, States.WORKING, "read a working session (POST)", "POST", "/session/info"), 200,
        sessionIn("WORKING")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "infoByPostWhileWorking")
  void infoByPostCarriesMeWhileWorking(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var info = wawp.instance(INSTANCE_ID).infoApi().getSessionInfoByPost();
      assertThat(info.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(info.getMe().getId()).isEqualTo("201012345678@c.us");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact meWhileWorking(PactDslWithProvider builder) {
    return json(forSession(builder, States.WORKING, "read the account of a working session", "GET", "/session/me"),
        200, new PactDslJsonBody().stringMatcher("id", PactContract.pattern("Jid"), "201012345678@c.us"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "meWhileWorking")
  void meReadsTheAccountWhileWorking(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).me().getId()).isEqualTo("201012345678@c.us");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact meWhileStopped(PactDslWithProvider builder) {
    // Outside WORKING the contract answers 200 with null fields, not an error: the client relies on that.
    return json(forSession(builder, States.STOPPED, "read the account of a stopped session", "GET", "/session/me"),
        200, new PactDslJsonBody().nullValue("id")).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "meWhileStopped")
  void meIsEmptyOutsideWorking(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).me().getId()).isNull();
    }
  }
}
