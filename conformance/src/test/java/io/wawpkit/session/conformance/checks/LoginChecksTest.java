package io.wawpkit.session.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.WawpSpec;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.wawpkit.session.mock.WawpMock;
import org.junit.jupiter.api.Test;

/** The login checks' reading of the spec and of answers, without a target. */
class LoginChecksTest {
  private static final WawpSpec SPEC = WawpSpec.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Context context(String base) {
    Target t = new Target(URI.create(base), "token", null, null, null, false, null, true);
    return new Context(t, SPEC, new Results(line -> { }), Duration.ofSeconds(1));
  }

  @Test
  void theReadsComeFromTheSpecsStatusBoundOperations() {
    List<String> v2 = LoginChecks.reads(context("http://127.0.0.1:1/v2")).stream().map(r -> r.label() + " " + r.kind()).toList();
    assertThat(v2).containsExactly("getQr QrRaw", "getQrByPost QrRaw", "getQrImage QrImage", "getQrImageByPost QrImage",
        "requestPairingCode PairingCode", "getScreenshot Screenshot");
    // v1's getQr answers two shapes, chosen by format: the image is what it answers without one.
    List<String> v1 = LoginChecks.reads(context("http://127.0.0.1:1/wp-json/awp/v1")).stream().map(r -> r.label() + " " + r.kind())
        .toList();
    assertThat(v1).contains("getQrV1 format=raw QrRaw", "getQrV1 QrImage", "requestPairingCodeV1 PairingCode",
        "getScreenshotV1 Screenshot");
    assertThat(LoginChecks.scanStatus(context("http://127.0.0.1:1/v2"), LoginChecks.reads(context("http://127.0.0.1:1/v2"))))
        .isEqualTo("SCAN_QR_CODE");
  }

  @Test
  void theRawQrDecodesToTheSpecsDecodedSchema() throws Exception {
    String data = Base64.getEncoder().encodeToString("{\"value\":\"2@abc\",\"expiry\":1795375230000}".getBytes(StandardCharsets.UTF_8));
    assertThat(QrReading.base64Json(data)).hasValueSatisfying(v -> assertThat(v.path("value").asText()).isEqualTo("2@abc"));
    assertThat(LoginChecks.validate(SPEC, "QrValue", JSON.readTree("{\"value\":\"2@abc\",\"expiry\":1795375230000}"))).isEmpty();
    assertThat(QrReading.base64Json("not base64 at all!")).isEmpty();
    assertThat(QrReading.base64Json(Base64.getEncoder().encodeToString("<xml/>".getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void aDecodedValueOffItsSchemaIsGradedByTheKeywordItBreaks() throws Exception {
    // value empty (minLength, a position), expiry missing (required, a position): warnings, not failures
    var messages = LoginChecks.validate(SPEC, "QrValue", JSON.readTree("{\"value\":\"\"}"));
    assertThat(messages).extracting(m -> m.getKey().substring(m.getKey().lastIndexOf('.') + 1)).contains("minLength", "required");
    assertThat(SPEC.evidence().keyword("/components/schemas/QrValue/properties/value", "minLength").orElseThrow().basis())
        .isEqualTo(Basis.POSITION);
    assertThat(SPEC.evidence().rule("qr-expiry").basis()).isEqualTo(Basis.DOCUMENTED);
  }

  /**
   * --await-scan on a target without a control API: while the suite waits for a person, the QR is
   * shown in the terminal, drawn from the raw value, and again when it rotates.
   */
  @Test
  void aWaitForAPersonShowsTheQrInTheTerminalAndAgainWhenItRotates() {
    try (WawpMock mock = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(Duration.ofMillis(100))
        .qrRotation(Duration.ofSeconds(1)).build().start()) {
      List<String> said = new CopyOnWriteArrayList<>();
      Target t = new Target(URI.create(mock.baseUrl()), mock.token("demo-paid"), null, null, null, false, Duration.ofSeconds(3), true);
      Context ctx = new Context(t, SPEC, new Results(said::add), Duration.ofSeconds(5));
      String id = ctx.createSession(null).orElseThrow();
      ctx.api().call("startSession").instance(id).send();
      ctx.awaitInfo(id, "boot", "SCAN_QR_CODE", "SCAN_QR_CODE"::equals, Duration.ofSeconds(5));
      var info = LoginChecks.awaitAPerson(ctx, id, "a scan", "WORKING", "WORKING"::equals, Duration.ofMillis(2500));
      assertThat(info.text("status")).isEqualTo("SCAN_QR_CODE");
      List<String> qrs = said.stream().filter(l -> l.contains("the QR to scan")).toList();
      assertThat(qrs).as(String.join("\n", said)).hasSizeGreaterThanOrEqualTo(2);
      List<String> values = qrs.stream().map(l -> {
        try {
          String drawn = l.substring(l.indexOf('\n') + 1);
          return TerminalQrTest.decode(TerminalQrTest.parse(drawn, true));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }).toList();
      assertThat(values).doesNotHaveDuplicates().allSatisfy(v -> assertThat(v).startsWith("2@"));
      ctx.cleanUp();
    }
  }

  @Test
  void aPngOfAQrReadsBackToItsText() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    MatrixToImageWriter.writeToStream(new QRCodeWriter().encode("2@hello,world", BarcodeFormat.QR_CODE, 200, 200), "PNG", png);
    String url = QrReading.PNG_DATA_URL + Base64.getEncoder().encodeToString(png.toByteArray());
    assertThat(QrReading.qrText(url)).contains("2@hello,world");
    // bare Base64, as info's qr may carry it
    assertThat(QrReading.qrText(url.substring(QrReading.PNG_DATA_URL.length()))).contains("2@hello,world");
    // a PNG with no QR in it, and no PNG at all
    String blank = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    assertThat(QrReading.png(blank)).isPresent();
    assertThat(QrReading.qrText(blank)).isEmpty();
    assertThat(QrReading.png(Base64.getEncoder().encodeToString("GIF89a".getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  /**
   * On a target without a control API (a live service sends the code to the number's phone), no
   * pairing code is asked for while SCAN_QR_CODE unless the user names a number of their own; with
   * one, that number is what goes out.
   */
  @Test
  void aPairingCodeGoesOnlyToTheNumberTheUserGave() {
    try (WawpMock mock = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(Duration.ofMillis(100)).build().start()) {
      Target remote = new Target(URI.create(mock.baseUrl()), mock.token("demo-paid"), null, null, null, false, null, true);
      List<String> said = new CopyOnWriteArrayList<>();
      new LoginChecks().run(new Context(remote, SPEC, new Results(said::add), Duration.ofSeconds(5)));
      assertThat(mock.control().requests()).filteredOn(r -> r.operationId().startsWith("requestPairingCode"))
          .allSatisfy(r -> assertThat(r.status()).as("only refused outside SCAN_QR_CODE").isEqualTo(422));
      mock.control().clearRequests();

      new LoginChecks().run(new Context(remote.withPairingPhone("201001234567"), SPEC, new Results(said::add), Duration.ofSeconds(5)));
      assertThat(mock.control().requests()).filteredOn(r -> r.operationId().startsWith("requestPairingCode") && r.status() == 200)
          .isNotEmpty().allSatisfy(r -> assertThat(r.query()).contains("phone_number=201001234567").doesNotContain("15551234567"));
    }
  }
}
