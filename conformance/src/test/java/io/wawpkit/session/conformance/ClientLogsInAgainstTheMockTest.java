package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.wawpkit.session.client.Image;
import io.wawpkit.session.client.LoginQr;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's login methods against the mock, on v2 and v1 (issue 15): the raw QR's value and
 * expiry, the image showing that QR, the pairing code leading to WORKING, the screenshot, and the
 * typed refusal outside SCAN_QR_CODE.
 */
class ClientLogsInAgainstTheMockTest {
  private static WawpMock mock;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static WawpClient client(String baseUrl) {
    return WawpClient.builder().baseUrl(baseUrl).accessToken(mock.accounts().get(0).token()).credentialForm(CredentialForm.HEADERS)
        .build();
  }

  private static WawpInstance scanning(WawpClient wawp) {
    WawpInstance session = wawp.instance(wawp.create().getInstanceId());
    session.start();
    session.awaitStatus(Duration.ofSeconds(5), SessionStatus.SCAN_QR_CODE);
    return session;
  }

  @Test
  void theQrItsImageAndAPairingCodeLogTheSessionIn() throws Exception {
    try (WawpClient wawp = client(mock.baseUrl())) {
      WawpInstance session = scanning(wawp);
      LoginQr qr = session.qr();
      assertThat(qr.value()).startsWith("2@");
      assertThat(qr.expiry()).isAfter(Instant.now());
      assertThat(qr.expiredAt(qr.expiry())).isTrue();
      Image image = session.qrImage();
      assertThat(image.mimeType()).isEqualTo("image/png");
      assertThat(shown(image)).isEqualTo(qr.value());
      assertThat(shown(session.screenshot())).isEqualTo(qr.value());

      String code = session.requestPairingCode("15551234567");
      assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
      assertThat(session.requestPairingCode("15551234567")).isEqualTo(code);
      assertThat(mock.control().enterPairingCode(session.id(), code)).isEqualTo(MockControl.MoveResult.APPLIED);
      assertThat(session.info().getStatus()).isEqualTo(SessionStatus.WORKING);

      // WORKING: a screenshot, but no QR: a typed refusal that names the status
      assertThat(session.screenshot().bytes()).startsWith(0x89, 'P', 'N', 'G');
      assertThatThrownBy(session::qr).isInstanceOfSatisfying(BadRequestException.class, e -> {
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("invalid_session");
        assertThat(e.getMessage()).contains("WORKING");
      });
      assertThatThrownBy(() -> session.requestPairingCode("15551234567")).isInstanceOf(BadRequestException.class);
    }
  }

  @Test
  void onV1TheSameMethodsUseTheV1Forms() throws Exception {
    try (WawpClient wawp = client(mock.v1BaseUrl())) {
      WawpInstance session = scanning(wawp);
      LoginQr qr = session.qr();
      assertThat(shown(session.qrImage())).isEqualTo(qr.value());
      assertThat(shown(session.screenshot())).isEqualTo(qr.value());
      assertThat(session.requestPairingCode("15551234567")).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
    }
  }

  private static String shown(Image image) throws Exception {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.bytes()));
    assertThat(png).isNotNull();
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(png))))
        .getText();
  }
}
