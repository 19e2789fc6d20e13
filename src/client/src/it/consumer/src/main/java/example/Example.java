package example;

import io.wawpkit.session.client.StartedSession;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.client.errors.WawpException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Duration;

public final class Example {
  public static void main(String[] args) {
    String baseUrl = args.length > 0 ? args[0] : WawpClient.V2;
    try {
      System.out.println(run(baseUrl, System.getenv("WAWP_ACCESS_TOKEN")));
    } catch (WawpException | IllegalStateException e) {
      System.err.println(e.getMessage()); // one line, secrets already masked
      System.exit(1);
    }
  }

  /** Creates a session, starts it, and tells what to do next. */
  public static String run(String baseUrl, String accessToken) {
    try (WawpClient wawp = WawpClient.builder()
        .baseUrl(baseUrl)                          // https://api.wawp.net/v2 by default
        .accessToken(accessToken)
        .credentialForm(CredentialForm.HEADERS)    // keeps the token out of URLs and proxy logs
        .build()) {
      StartedSession started = wawp.createAndStart(Duration.ofSeconds(60));
      WawpInstance session = started.instance();
      SessionInfo info = started.info();
      if (info.getStatus() == SessionStatus.SCAN_QR_CODE) {
        return "Session " + session.id() + ": scan the QR at " + session.newTempLink().getLink();
      }
      try {
        session.chooseRateLimit("standard_policy");
      } catch (PlanLimitException e) {
        return "Session " + session.id() + " is " + info.getStatus() + "; policy refused: " + e.code();
      }
      return "Session " + session.id() + " is " + info.getStatus() + " as " + info.getMe().getPushName();
    }
  }
}
