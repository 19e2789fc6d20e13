package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.client.errors.WrongSessionStatusException;
import io.wawpkit.session.generated.model.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The login methods of {@link WawpInstance} (issue 15): what each sends, where (v2 or v1), how it
 * reads the answer, and what it throws for a body it cannot read or a refusal in the wrong status.
 */
class LoginMethodsTest {
  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void qrDecodesTheValueAndTheExpiry() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      api.json(200, "{\"mimetype\":\"application/json\",\"data\":\"" + b64("{\"value\":\"2@abc,def\",\"expiry\":1795375230000}") + "\"}");
      LoginQr qr = wawp.instance(LocalApi.INSTANCE).qr();
      assertThat(qr.value()).isEqualTo("2@abc,def");
      assertThat(qr.expiry()).isEqualTo(Instant.ofEpochMilli(1795375230000L));
      RecordedRequest sent = api.take();
      assertThat(sent.getMethod()).isEqualTo("GET");
      assertThat(sent.getPath()).startsWith("/v2/auth/qr?").contains("format=raw");
    }
  }

  @Test
  void aRawQrThatIsNoBase64JsonIsMalformed() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      api.json(200, "{\"mimetype\":\"application/json\",\"data\":\"" + b64("not json") + "\"}");
      api.json(200, "{\"mimetype\":\"application/json\",\"data\":\"" + b64("{\"value\":\"2@x\"}") + "\"}");
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThatThrownBy(session::qr).isInstanceOf(MalformedResponseException.class).hasMessageContaining("Base64");
      assertThatThrownBy(session::qr).isInstanceOf(MalformedResponseException.class).hasMessageContaining("expiry");
    }
  }

  @Test
  void theImageAndTheScreenshotAreDecodedWithTheirTypes() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
      String data = Base64.getEncoder().encodeToString(png);
      api.json(200, "{\"qr\":\"data:image/png;base64," + data + "\"}");
      api.json(200, "{\"mimetype\":\"image/png\",\"data\":\"" + data + "\"}");
      api.json(200, "{\"qr\":\"https://example.com/qr.png\"}");
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThat(session.qrImage()).isEqualTo(new Image(png, "image/png"));
      assertThat(api.take().getPath()).startsWith("/v2/auth/qr-image");
      Image shot = session.screenshot();
      assertThat(shot.bytes()).isEqualTo(png);
      assertThat(shot.toString()).isEqualTo("Image{image/png, 4 bytes}");
      assertThat(api.take().getPath()).startsWith("/v2/auth/screenshot");
      assertThatThrownBy(session::qrImage).isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void thePairingCodeSendsTheNumberInTheQuery() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      api.json(200, "{\"code\":\"ABCD-1234\"}");
      assertThat(wawp.instance(LocalApi.INSTANCE).requestPairingCode("15551234567")).isEqualTo("ABCD-1234");
      RecordedRequest sent = api.take();
      assertThat(sent.getMethod()).isEqualTo("POST");
      assertThat(sent.getPath()).startsWith("/v2/auth/request-code?").contains("phone_number=15551234567");
    }
  }

  @Test
  void onV1TheV1FormsAreCalled() throws Exception {
    try (LocalApi api = new LocalApi();
        WawpClient wawp = api.clientBuilder().apiVersion(ApiVersion.V1).build()) {
      api.json(200, "{\"mimetype\":\"application/json\",\"data\":\"" + b64("{\"value\":\"2@v1\",\"expiry\":1}") + "\"}");
      api.json(200, "{\"qr\":\"data:image/png;base64,iVBORw==\"}");
      api.json(200, "{\"code\":\"ABCD1234\"}");
      api.json(200, "{\"mimetype\":\"image/png\",\"data\":\"iVBORw==\"}");
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThat(session.qr().value()).isEqualTo("2@v1");
      assertThat(api.take().getPath()).contains("/getQr?").contains("format=raw");
      session.qrImage();
      assertThat(api.take().getPath()).contains("/getQr").doesNotContain("format=");
      assertThat(session.requestPairingCode("15551234567")).isEqualTo("ABCD1234");
      assertThat(api.take().getPath()).contains("/requestCode?phone_number=15551234567");
      session.screenshot();
      assertThat(api.take().getPath()).contains("/getScreenshot");
    }
  }

  @Test
  void theWrongStatusIsATypedRefusalNamingIt() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      api.json(422, "{\"code\":\"invalid_session\",\"message\":\"The session is WORKING; this operation answers only while"
          + " SCAN_QR_CODE.\",\"data\":{\"status\":422,\"session_status\":\"WORKING\",\"expected\":[\"SCAN_QR_CODE\"]}}");
      api.json(422, "{\"code\":\"invalid_session\",\"message\":\"Wrong status.\",\"data\":{\"status\":422,"
          + "\"session_status\":\"STOPPED\",\"expected\":[\"SCAN_QR_CODE\",\"WORKING\"]}}");
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThatThrownBy(session::qr)
          .isInstanceOfSatisfying(WrongSessionStatusException.class, e -> {
            assertThat(e).isInstanceOf(BadRequestException.class); // what callers caught before it had a type
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("invalid_session");
            assertThat(e.sessionStatus()).isEqualTo(SessionStatus.WORKING);
            assertThat(e.expected()).containsExactly(SessionStatus.SCAN_QR_CODE);
            assertThat(e.serverMessage()).startsWith("The session is WORKING;");
            assertThat(e).hasMessage("getQr: HTTP 422 invalid_session: the session is WORKING; getQr needs SCAN_QR_CODE");
          });
      assertThatThrownBy(session::screenshot)
          .isInstanceOfSatisfying(WrongSessionStatusException.class, e -> {
            assertThat(e.sessionStatus()).isEqualTo(SessionStatus.STOPPED);
            assertThat(e.expected()).containsExactly(SessionStatus.SCAN_QR_CODE, SessionStatus.WORKING);
            assertThat(e).hasMessage("getScreenshot: HTTP 422 invalid_session: the session is STOPPED; getScreenshot needs"
                + " SCAN_QR_CODE or WORKING");
          });
    }
  }

  /**
   * A refusal that names no status (or a new one) still has its type; its message then carries the
   * server's message, masked like every other: the v1 API echoes the token back.
   */
  @Test
  void aWrongStatusThatNamesNoKnownStatusKeepsTheServersMessageMasked() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      api.json(422, "{\"code\":\"invalid_session\",\"message\":\"Session PAIRING for token " + LocalApi.TOKEN + ".\","
          + "\"data\":{\"status\":422,\"session_status\":\"PAIRING\"}}");
      api.json(422, "{\"code\":\"invalid_session\",\"message\":\"Not now.\"}");
      api.json(422, "{\"code\":\"invalid_parameter\",\"message\":\"Unprocessable.\"}");
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThatThrownBy(() -> session.requestPairingCode("15551234567"))
          .isInstanceOfSatisfying(WrongSessionStatusException.class, e -> {
            assertThat(e.sessionStatus()).isEqualTo(SessionStatus.UNKNOWN);
            assertThat(e.expected()).isEmpty();
            assertThat(e.getMessage()).startsWith("requestPairingCode: HTTP 422 invalid_session: the session's status does not"
                + " serve requestPairingCode (Session PAIRING for token ").doesNotContain(LocalApi.TOKEN.substring(4));
          });
      assertThatThrownBy(session::qrImage)
          .isInstanceOfSatisfying(WrongSessionStatusException.class, e -> assertThat(e).hasMessage(
              "getQrImage: HTTP 422 invalid_session: the session's status does not serve getQrImage (Not now.)"));
      // 422 with another code is no wrong-status refusal
      assertThatThrownBy(session::qr).isExactlyInstanceOf(BadRequestException.class);
    }
  }
}
