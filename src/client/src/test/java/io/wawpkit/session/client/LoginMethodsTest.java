package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.client.errors.MalformedResponseException;
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
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).qr())
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("invalid_session");
            assertThat(e.serverMessage()).contains("WORKING");
          });
    }
  }
}
