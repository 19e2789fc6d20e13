package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.LoginQr;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.WrongSessionStatusException;
import io.wawpkit.session.client.lifecycle.SessionFailedException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The login flow users write first, {@link WawpInstance#awaitLogin}, against the mock (issue 15):
 * a QR that rotates every 700 ms and a simulated person who scans after 3 s; the pairing-code twin
 * with the code typed through the mock's control call; FAILED ending the wait; and the typed
 * refusal for a QR once WORKING.
 */
class ClientAwaitsLoginTest {
  private static final Duration ROTATION = Duration.ofMillis(700);
  private static WawpMock scanned;
  private static WawpMock nobody;

  @BeforeAll
  static void start() {
    scanned = WawpMock.builder().startingDuration(Duration.ofMillis(20)).qrRotation(ROTATION)
        .autoScanAfter(Duration.ofSeconds(3)).start();
    nobody = WawpMock.builder().startingDuration(Duration.ofMillis(20)).start();
  }

  @AfterAll
  static void stop() {
    scanned.close();
    nobody.close();
  }

  private static WawpClient client(WawpMock mock, String baseUrl) {
    return WawpClient.builder().baseUrl(baseUrl).accessToken(mock.accounts().get(0).token())
        .credentialForm(CredentialForm.HEADERS).build();
  }

  @Test
  void eachNewQrIsCalledBackUntilThePersonScans() {
    try (WawpClient wawp = client(scanned, scanned.baseUrl())) {
      WawpInstance session = wawp.instance(wawp.create().getInstanceId());
      session.start(); // STARTING: awaitLogin waits for the first QR
      List<LoginQr> shown = new CopyOnWriteArrayList<>();
      SessionInfo working = session.awaitLogin(Duration.ofSeconds(20), qr -> {
        assertThat(qr.expiry()).isAfter(Instant.now().minus(ROTATION));
        shown.add(qr);
      });
      assertThat(working.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(shown).extracting(LoginQr::value).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
          .allSatisfy(v -> assertThat(v).startsWith("2@"));

      // logged in: a second wait returns at once, and a QR is a typed refusal naming the status
      List<LoginQr> none = new CopyOnWriteArrayList<>();
      assertThat(session.awaitLogin(Duration.ofSeconds(5), none::add).getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(none).isEmpty();
      assertThatThrownBy(session::qr).isInstanceOfSatisfying(WrongSessionStatusException.class, e -> {
        assertThat(e.sessionStatus()).isEqualTo(SessionStatus.WORKING);
        assertThat(e.expected()).containsExactly(SessionStatus.SCAN_QR_CODE);
        assertThat(e).hasMessage("getQr: HTTP 422 invalid_session: the session is WORKING; getQr needs SCAN_QR_CODE");
      });
    }
  }

  @Test
  void onV1TheSameWaitReadsTheV1Qr() {
    try (WawpClient wawp = client(scanned, scanned.v1BaseUrl())) {
      WawpInstance session = wawp.instance(wawp.create().getInstanceId()); // v1's create starts it
      List<String> shown = new CopyOnWriteArrayList<>();
      assertThat(session.awaitLogin(Duration.ofSeconds(20), qr -> shown.add(qr.value())).getStatus())
          .isEqualTo(SessionStatus.WORKING);
      assertThat(shown).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
    }
  }

  @Test
  void thePairingCodeTypedByThePersonLogsTheSessionIn() {
    try (WawpClient wawp = client(nobody, nobody.baseUrl())) {
      WawpInstance session = wawp.instance(wawp.create().getInstanceId());
      session.start();
      List<String> codes = new CopyOnWriteArrayList<>();
      SessionInfo working = session.awaitLogin(Duration.ofSeconds(20), "15551234567", code -> {
        codes.add(code);
        // the person types it into WhatsApp
        assertThat(nobody.control().enterPairingCode(session.id(), code)).isEqualTo(MockControl.MoveResult.APPLIED);
      });
      assertThat(working.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(codes).singleElement().asString().matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
    }
  }

  @Test
  void aSessionThatFailsEndsTheWait() {
    try (WawpClient wawp = client(nobody, nobody.baseUrl())) {
      WawpInstance session = wawp.instance(wawp.create().getInstanceId());
      session.start();
      List<LoginQr> shown = new CopyOnWriteArrayList<>();
      assertThatThrownBy(() -> session.awaitLogin(Duration.ofSeconds(20), qr -> {
        shown.add(qr);
        nobody.control().fail(session.id());
      })).isInstanceOf(SessionFailedException.class);
      assertThat(shown).hasSize(1);
    }
  }
}
