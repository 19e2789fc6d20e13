package example;

import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.WrongSessionStatusException;
import io.wawpkit.session.generated.model.SessionInfo;
import java.io.PrintStream;
import java.time.Duration;

public final class Login {
  /** Creates and starts a session, shows each QR until a person scans one, and says who logged in. */
  public static String run(String baseUrl, String accessToken, PrintStream out) {
    try (WawpClient wawp = WawpClient.builder()
        .baseUrl(baseUrl)
        .accessToken(accessToken)
        .credentialForm(CredentialForm.HEADERS)
        .build()) {
      WawpInstance session = wawp.createAndStart(Duration.ofSeconds(60)).instance();
      // once per new QR until WORKING; draw qr.value() with any QR library, or print it
      SessionInfo info = session.awaitLogin(Duration.ofMinutes(5),
          qr -> out.println("Scan with WhatsApp > Linked devices before " + qr.expiry() + ": " + qr.value()));
      try {
        session.qr(); // a QR exists only while SCAN_QR_CODE
      } catch (WrongSessionStatusException e) {
        out.println(e.getMessage()); // getQr: HTTP 422 invalid_session: the session is WORKING; getQr needs SCAN_QR_CODE
      }
      return "Session " + session.id() + " is " + info.getStatus() + " as " + info.getMe().getPushName();
    }
  }
}
