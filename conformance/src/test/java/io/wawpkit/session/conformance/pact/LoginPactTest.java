package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.error;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.generated.model.QrRaw;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the client relies on from the login operations (issue 15): the raw QR and its image on GET
 * and POST, the pairing code, the screenshot, each while SCAN_QR_CODE and with its no-cache header
 * where the spec documents one, and the refusal outside SCAN_QR_CODE.
 */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class LoginPactTest {
  /** Base64 of {"value":"2@abc,def","expiry":1795375230000}: the example only, the provider's differs. */
  static final String RAW_DATA = Base64.getEncoder().encodeToString(
      "{\"value\":\"2@abc,def\",\"expiry\":1795375230000}".getBytes(StandardCharsets.UTF_8));
  static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
  /**
   * Each directive of Cache-Control one that forbids caching (Pact matches a header's
   * comma-separated values one by one; that no-store is among them is the spec's pattern, which
   * the pact files are checked against).
   */
  static final String NO_STORE = "no-store|no-cache|must-revalidate|proxy-revalidate|private|max-age=0";

  private static PactDslJsonBody raw() {
    return new PactDslJsonBody()
        .stringType("mimetype", "application/json")
        .stringMatcher("data", PactContract.pattern("QrRaw", "data"), RAW_DATA);
  }

  private static PactDslJsonBody image() {
    return new PactDslJsonBody().stringMatcher("qr", PactContract.pattern("QrImage", "qr"), "data:image/png;base64," + PNG);
  }

  private static V4Pact noStore(PactDslRequestWithPath request, PactDslJsonBody body) {
    return json(request, 200, body).matchHeader("Cache-Control", NO_STORE, "no-store")
        .toPact(V4Pact.class);
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact rawQr(PactDslWithProvider builder) {
    return noStore(forSession(builder, States.SCAN_QR, "read the raw QR", "GET", "/auth/qr"), raw());
  }

  @Test
  @PactTestFor(pactMethod = "rawQr")
  void theRawQrDecodesToItsValueAndExpiry(MockServer server) throws Exception {
    try (WawpClient wawp = client(server)) {
      QrRaw qr = wawp.instance(INSTANCE_ID).loginApi().getQr((String) null);
      String decoded = new String(Base64.getDecoder().decode(qr.getData()), StandardCharsets.UTF_8);
      assertThat(decoded).contains("\"value\":\"2@abc,def\"").contains("\"expiry\":1795375230000");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact rawQrByPost(PactDslWithProvider builder) {
    return noStore(forSession(builder, States.SCAN_QR, "read the raw QR (POST)", "POST", "/auth/qr")
        .query("format=raw"), raw());
  }

  @Test
  @PactTestFor(pactMethod = "rawQrByPost")
  void theRawQrByPostAsTheDocsSampleSendsIt(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).loginApi().getQrByPost("raw").getData()).isEqualTo(RAW_DATA);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact qrImage(PactDslWithProvider builder) {
    return noStore(forSession(builder, States.SCAN_QR, "read the QR image", "GET", "/auth/qr-image"), image());
  }

  @Test
  @PactTestFor(pactMethod = "qrImage")
  void theImageIsAPngDataUrl(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).loginApi().getQrImage().getQr()).startsWith("data:image/png;base64,");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact qrImageByPost(PactDslWithProvider builder) {
    return noStore(forSession(builder, States.SCAN_QR, "read the QR image (POST)", "POST", "/auth/qr-image"), image());
  }

  @Test
  @PactTestFor(pactMethod = "qrImageByPost")
  void theImageByPost(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).loginApi().getQrImageByPost().getQr()).startsWith("data:image/png;base64,");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact pairingCode(PactDslWithProvider builder) {
    return json(forSession(builder, States.SCAN_QR, "request a pairing code", "POST", "/auth/request-code")
            .query("phone_number=15551234567"), 200,
        new PactDslJsonBody().stringMatcher("code", PactContract.pattern("PairingCode", "code"), "ABCD-1234"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "pairingCode")
  void thePairingCodeIsEightCharacters(MockServer server) {
    try (WawpClient wawp = client(server)) {
      String code = wawp.instance(INSTANCE_ID).loginApi().requestPairingCode("15551234567").getCode();
      assertThat(code.replace("-", "")).hasSize(8);
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact screenshot(PactDslWithProvider builder) {
    return noStore(forSession(builder, States.SCAN_QR, "take a screenshot", "GET", "/auth/screenshot"),
        new PactDslJsonBody().stringType("mimetype", "image/png")
            .stringMatcher("data", PactContract.pattern("Screenshot", "data"), PNG));
  }

  @Test
  @PactTestFor(pactMethod = "screenshot")
  void theScreenshotIsAnImageAndItsType(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var shot = wawp.instance(INSTANCE_ID).loginApi().getScreenshot();
      assertThat(shot.getMimetype()).isEqualTo("image/png");
      assertThat(Base64.getDecoder().decode(shot.getData())).startsWith(0x89, 'P', 'N', 'G');
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact qrOfAStoppedSession(PactDslWithProvider builder) {
    return json(forSession(builder, States.STOPPED, "read the QR of a stopped session", "GET", "/auth/qr-image"), 422,
        error("invalid_session", 422)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "qrOfAStoppedSession")
  void outsideScanQrCodeTheRefusalNamesItsCode(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThatThrownBy(() -> wawp.instance(INSTANCE_ID).loginApi().getQrImage())
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("invalid_session");
          });
    }
  }
}
