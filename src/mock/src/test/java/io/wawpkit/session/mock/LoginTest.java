package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecOperation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The login operations as the mock serves them from the model (issue 15): a real QR that rotates,
 * one QR across the raw answer, the image, session info and the screenshot, true expiries, no
 * caching, a pairing code that stays until it is entered, and the model's answer outside
 * SCAN_QR_CODE. Every answer is validated against the spec by {@link SpecClient}.
 */
class LoginTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PHONE = "15551234567";

  private static WawpMock mock(Duration qrRotation) {
    return WawpMock.builder().startingDuration(Duration.ofMillis(20)).qrRotation(qrRotation).start();
  }

  /** A session in SCAN_QR_CODE. */
  private static String scanning(SpecClient api, String token) {
    String id = api.create(token);
    api.query("POST", "/session/start", token, id);
    Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5),
        () -> "SCAN_QR_CODE".equals(api.query("GET", "/session/info", token, id).status("status")));
    return id;
  }

  @Test
  void theRawQrIsItsValueAndATrueExpiryAndTheImageShowsIt() throws Exception {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      long before = System.currentTimeMillis();
      SpecClient.Answer raw = api.query("GET", "/auth/qr", token, id);
      assertThat(raw.status()).isEqualTo(200);
      assertThat(raw.status("mimetype")).isEqualTo("application/json");
      JsonNode qr = decoded(raw);
      String value = qr.path("value").asText();
      assertThat(value).startsWith("2@").hasSizeGreaterThan(100);
      // expiry: the next rotation, in Unix milliseconds, in the future and no later than one rotation away
      assertThat(qr.path("expiry").asLong()).isGreaterThan(before).isLessThanOrEqualTo(System.currentTimeMillis() + 30_000);

      // the same QR everywhere at the same moment: the image, its POST form, session info, the screenshot, v1
      assertThat(shown(api.query("GET", "/auth/qr-image", token, id).status("qr"))).isEqualTo(value);
      assertThat(shown(api.query("POST", "/auth/qr-image", token, id).status("qr"))).isEqualTo(value);
      assertThat(shown(api.query("GET", "/session/info", token, id).status("qr"))).isEqualTo(value);
      SpecClient.Answer shot = api.query("GET", "/auth/screenshot", token, id);
      assertThat(shot.status("mimetype")).isEqualTo("image/png");
      assertThat(qrIn(png(shot.status("data")))).isEqualTo(value);
      assertThat(decoded(api.query("POST", "/auth/qr", token, id)).path("value").asText()).isEqualTo(value);
      SpecClient v1 = api.v1();
      assertThat(decoded(v1.send("GET", "/getQr", Map.of("access_token", token, "instance_id", id, "format", "raw"),
          Map.of(), null)).path("value").asText()).isEqualTo(value);
      assertThat(shown(v1.query("GET", "/getQr", token, id).status("qr"))).as("no format: the image").isEqualTo(value);
      assertThat(shown(v1.send("GET", "/getQr", Map.of("access_token", token, "instance_id", id, "format", "image"),
          Map.of(), null).status("qr"))).isEqualTo(value);
      assertThat(qrIn(png(v1.query("GET", "/getScreenshot", token, id).status("data")))).isEqualTo(value);
    }
  }

  @Test
  void theQrAnswersForbidCaching() {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      for (String[] call : List.of(new String[] {"GET", "/auth/qr"}, new String[] {"POST", "/auth/qr"},
          new String[] {"GET", "/auth/qr-image"}, new String[] {"POST", "/auth/qr-image"},
          new String[] {"GET", "/auth/screenshot"})) {
        SpecClient.Answer a = api.query(call[0], call[1], token, id);
        assertThat(a.header("Cache-Control")).as(call[0] + " " + call[1]).contains("no-store");
        assertThat(a.header("Pragma")).as(call[0] + " " + call[1]).isEqualTo("no-cache");
      }
      assertThat(api.v1().query("GET", "/getQr", token, id).header("Cache-Control")).contains("no-store");
      // the others say nothing of caching
      assertThat(api.query("GET", "/session/info", token, id).header("Cache-Control")).isNull();
    }
  }

  @Test
  void theQrRotatesAndEachExpiryIsWhenItDoes() throws Exception {
    try (WawpMock mock = mock(Duration.ofMillis(400))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      JsonNode first = decoded(api.query("GET", "/auth/qr", token, id));
      long expiry = first.path("expiry").asLong();
      // until its expiry the QR stays; from then on it is another one, which expires one rotation later
      while (System.currentTimeMillis() < expiry - 50) {
        assertThat(decoded(api.query("GET", "/auth/qr", token, id)).path("value").asText())
            .isEqualTo(first.path("value").asText());
        Thread.sleep(50);
      }
      Wait.until("the rotation", Duration.ofSeconds(3), () -> System.currentTimeMillis() > expiry + 50);
      JsonNode second = decoded(api.query("GET", "/auth/qr", token, id));
      assertThat(second.path("value").asText()).isNotEqualTo(first.path("value").asText());
      assertThat(second.path("expiry").asLong()).isBetween(expiry + 300, expiry + 500);
      assertThat(shown(api.query("GET", "/auth/qr-image", token, id).status("qr"))).isEqualTo(second.path("value").asText());
    }
  }

  @Test
  void aLogoutShowsANewQr() throws Exception {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      String before = decoded(api.query("GET", "/auth/qr", token, id)).path("value").asText();
      assertThat(mock.control().scan(id)).isEqualTo(MockControl.MoveResult.APPLIED);
      assertThat(api.query("POST", "/session/logout", token, id).status("status")).isEqualTo("SCAN_QR_CODE");
      String after = decoded(api.query("GET", "/auth/qr", token, id)).path("value").asText();
      assertThat(after).isNotEqualTo(before);
      assertThat(shown(api.query("GET", "/auth/qr-image", token, id).status("qr"))).isEqualTo(after);
    }
  }

  /** Outside the statuses the model serves them in, the login operations answer its refusal and change nothing. */
  @Test
  void outsideTheirStatusesTheyAnswerTheModelsRefusalNamingTheStatus() {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      LifecycleModel model = mock.spec().lifecycle();
      String stopped = api.create(token);
      String working = scanning(api, token);
      mock.control().scan(working);
      int refused = 0;
      for (SpecOperation op : mock.spec().operations()) {
        if (model.servedIn(op.operationId()).isEmpty()) {
          continue;
        }
        SpecClient base = op.apiVersions().contains("v2") ? api : api.v1();
        Map<String, String> query = new LinkedHashMap<>(Map.of("access_token", token));
        if (op.bodyProperties().containsKey("phone_number")) {
          query.put("phone_number", PHONE);
        }
        for (String id : List.of(stopped, working)) {
          query.put("instance_id", id);
          String status = id.equals(stopped) ? "STOPPED" : "WORKING";
          SpecClient.Answer a = base.send(op.method().name(), op.path(), query, Map.of(), null);
          if (model.serves(op.operationId(), status)) {
            assertThat(a.status()).as(op.label() + " in " + status).isEqualTo(200);
            continue;
          }
          refused++;
          assertThat(a.status()).as(op.label() + " in " + status).isEqualTo(422);
          assertThat(a.code()).isEqualTo("invalid_session");
          assertThat(a.body().path("data").path("session_status").asText()).isEqualTo(status);
          assertThat(a.body().path("data").path("expected").toString()).contains("SCAN_QR_CODE");
          assertThat(a.body().path("message").asText()).contains(status);
        }
      }
      assertThat(refused).isEqualTo(7 * 2 + 2);
      assertThat(mock.control().status(stopped)).isEqualTo("STOPPED");
      assertThat(mock.control().status(working)).isEqualTo("WORKING");
    }
  }

  @Test
  void aWorkingSessionsScreenshotIsAPlainPictureNotAQr() throws Exception {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      mock.control().scan(id);
      SpecClient.Answer shot = api.query("GET", "/auth/screenshot", token, id);
      assertThat(shot.status()).isEqualTo(200);
      BufferedImage image = png(shot.status("data"));
      assertThat(image.getWidth()).isGreaterThan(100);
      assertThatThrownBy(() -> qrIn(image)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void thePairingCodeStaysUntilItIsEnteredAndLogsTheSessionIn() {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      Map<String, String> query = new LinkedHashMap<>(Map.of("access_token", token, "instance_id", id, "phone_number", PHONE));
      String code = api.send("POST", "/auth/request-code", query, Map.of(), null).status("code");
      assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
      // asked again, the same code (query or body form, v2 or v1)
      assertThat(api.send("POST", "/auth/request-code", query, Map.of(), null).status("code")).isEqualTo(code);
      assertThat(api.query("POST", "/auth/request-code", token, id, "{\"phone_number\":\"" + PHONE + "\"}").status("code"))
          .isEqualTo(code);
      assertThat(api.v1().send("POST", "/requestCode", query, Map.of(), null).status("code")).isEqualTo(code);
      // the query wins over the body
      assertThat(api.send("POST", "/auth/request-code", query, Map.of(), "{\"phone_number\":\"4915123456789\"}")
          .status("code")).isEqualTo(code);
      // no number at all: a missing parameter; a malformed one: invalid
      SpecClient.Answer none = api.query("POST", "/auth/request-code", token, id);
      assertThat(none.status()).isEqualTo(400);
      assertThat(none.code()).isEqualTo("missing_parameter");
      assertThat(api.send("POST", "/auth/request-code", Map.of("access_token", token, "instance_id", id,
          "phone_number", "+1 555"), Map.of(), null).status()).isEqualTo(400);

      // a wrong code changes nothing; the right one (any case, without its dash) logs the session in
      assertThat(mock.control().enterPairingCode(id, "ZZZZ-9999")).isEqualTo(MockControl.MoveResult.NOT_APPLICABLE);
      assertThat(mock.control().status(id)).isEqualTo("SCAN_QR_CODE");
      assertThat(mock.control().enterPairingCode(id, code.replace("-", "").toLowerCase()))
          .isEqualTo(MockControl.MoveResult.APPLIED);
      assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo("WORKING");
      assertThat(api.query("GET", "/session/me", token, id).status("id")).endsWith("@c.us");
      // used up: WORKING, and the login is saved (a restart resumes it without a scan)
      assertThat(mock.control().enterPairingCode(id, code)).isEqualTo(MockControl.MoveResult.NOT_APPLICABLE);
      assertThat(mock.control().sessions(null).stream().filter(s -> s.instanceId().equals(id)).findFirst().orElseThrow()
          .savedLogin()).isTrue();
      api.query("POST", "/session/restart", token, id);
      Wait.until("WORKING again", Duration.ofSeconds(5),
          () -> "WORKING".equals(api.query("GET", "/session/info", token, id).status("status")));
      assertThat(mock.control().enterPairingCode("NOSUCH", code)).isEqualTo(MockControl.MoveResult.UNKNOWN_SESSION);
    }
  }

  @Test
  void aCodeForAnotherNumberReplacesTheFirstAndANewStretchOfScanQrCodeForgetsIt() {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      String first = api.send("POST", "/auth/request-code", Map.of("access_token", token, "instance_id", id,
          "phone_number", PHONE), Map.of(), null).status("code");
      String second = api.send("POST", "/auth/request-code", Map.of("access_token", token, "instance_id", id,
          "phone_number", "4915123456789"), Map.of(), null).status("code");
      assertThat(second).isNotEqualTo(first);
      assertThat(mock.control().enterPairingCode(id, first)).isEqualTo(MockControl.MoveResult.NOT_APPLICABLE);
      // a stop ends the stretch of SCAN_QR_CODE: the code is gone with it
      api.query("POST", "/session/stop", token, id);
      api.query("POST", "/session/start", token, id);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5),
          () -> "SCAN_QR_CODE".equals(api.query("GET", "/session/info", token, id).status("status")));
      assertThat(mock.control().enterPairingCode(id, second)).isEqualTo(MockControl.MoveResult.NOT_APPLICABLE);
    }
  }

  /** The control API over HTTP enters a code as the in-process control does. */
  @Test
  void theControlApiEntersAPairingCodeOverHttp() {
    try (WawpMock mock = mock(Duration.ofSeconds(30))) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      String code = api.send("POST", "/auth/request-code", Map.of("access_token", token, "instance_id", id,
          "phone_number", PHONE), Map.of(), null).status("code");
      MockControl http = MockControl.over(URI.create(mock.controlUrl()));
      assertThat(http.enterPairingCode(id, "ZZZZ-9999")).isEqualTo(MockControl.MoveResult.NOT_APPLICABLE);
      assertThat(http.enterPairingCode("NOSUCH", code)).isEqualTo(MockControl.MoveResult.UNKNOWN_SESSION);
      assertThat(http.enterPairingCode(id, code)).isEqualTo(MockControl.MoveResult.APPLIED);
      assertThat(http.status(id)).isEqualTo("WORKING");
    }
  }

  /** The simulated person logs the session in whether or not a code was asked for. */
  @Test
  void theSimulatedPersonTypesTheCode() {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).autoScanAfter(Duration.ofMillis(400))
        .start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.FREE);
      String id = scanning(api, token);
      assertThat(api.send("POST", "/auth/request-code", Map.of("access_token", token, "instance_id", id,
          "phone_number", PHONE), Map.of(), null).status()).isEqualTo(200);
      Wait.until("WORKING", Duration.ofSeconds(5),
          () -> "WORKING".equals(api.query("GET", "/session/info", token, id).status("status")));
    }
  }

  private static JsonNode decoded(SpecClient.Answer raw) throws Exception {
    assertThat(raw.status()).as(raw.body().toString()).isEqualTo(200);
    return JSON.readTree(new String(Base64.getDecoder().decode(raw.status("data")), StandardCharsets.UTF_8));
  }

  /** The text of the QR a data URL shows, as a phone would read it. */
  private static String shown(String dataUrl) throws Exception {
    assertThat(dataUrl).startsWith("data:image/png;base64,");
    return qrIn(png(dataUrl.substring("data:image/png;base64,".length())));
  }

  private static BufferedImage png(String base64) throws Exception {
    byte[] bytes = Base64.getDecoder().decode(base64);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image).isNotNull();
    return image;
  }

  private static String qrIn(BufferedImage image) throws Exception {
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
