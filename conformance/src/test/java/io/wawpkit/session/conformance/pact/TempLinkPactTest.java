package io.wawpkit.session.conformance.pact;

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

/** What the client relies on from temp-link POST, GET and DELETE. */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class TempLinkPactTest {
  static final String LINK = "https://app.wawp.net/temp-qr/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  /** ISO-8601 with an offset, fractions of a second allowed (what OffsetDateTime parses). */
  static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

  private static PactDslJsonBody link() {
    return new PactDslJsonBody()
        .stringMatcher("link", PactContract.pattern("TempLink", "link"), LINK)
        .stringMatcher("expires_at", DATE_TIME, "2026-11-23T18:30:00Z");
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact create(PactDslWithProvider builder) {
    return json(forSession(builder, States.SCAN_QR, "make a temporary QR link", "POST", "/session/temp-link"), 200,
        link()).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "create")
  void createReadsTheLinkAndItsExpiry(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var link = wawp.instance(INSTANCE_ID).newTempLink();
      assertThat(link.getLink()).hasToString(LINK);
      assertThat(link.getExpiresAt()).isNotNull();
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact read(PactDslWithProvider builder) {
    return json(forSession(builder, States.TEMP_LINK, "read the active temporary QR link", "GET", "/session/temp-link"),
        200, link()).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "read")
  void readReadsTheActiveLink(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).tempLink().getLink()).hasToString(LINK);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact revoke(PactDslWithProvider builder) {
    return json(forSession(builder, States.TEMP_LINK, "revoke the temporary QR links", "DELETE", "/session/temp-link"),
        200, new PactDslJsonBody().integerType("revoked", 1)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "revoke")
  void revokeReadsHowMany(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).revokeTempLinks()).isEqualTo(1);
    }
  }
}
