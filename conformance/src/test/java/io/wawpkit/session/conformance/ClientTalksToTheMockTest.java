package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.mock.junit.WawpMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client jar talks to the mock unchanged, in both credential forms (the README's JUnit example). */
class ClientTalksToTheMockTest {
  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.fast().resetEachTest();

  @Test
  void startsASession() {
    try (WawpClient wawp = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.paidToken()).build()) {
      String id = wawp.create().getInstanceId();
      wawp.instance(id).start();
      SessionInfo info = wawp.instance(id).awaitStatus(Duration.ofSeconds(5), SessionStatus.WORKING);
      assertThat(info.getMe().getId()).endsWith("@c.us");  // the simulated person scanned the QR
    }
  }

  @Test
  void stopAndResumeKeepsTheLoginAndLogoutDropsIt() {
    try (WawpClient wawp = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.paidToken())
        .credentialForm(CredentialForm.HEADERS).build()) {
      var session = wawp.createAndStart(Duration.ofSeconds(5)).instance();
      session.awaitStatus(Duration.ofSeconds(5), SessionStatus.WORKING);
      assertThat(session.stopAndResume(Duration.ofSeconds(5)).getStatus()).isEqualTo(SessionStatus.WORKING);
      SessionInfo rescan = session.logoutAndRescan(Duration.ofSeconds(5));
      assertThat(rescan.getQr()).startsWith("data:image/png;base64,");
      session.delete();
      assertThatThrownBy(session::info).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void aFreeAccountIsRefusedWebhooksWithATypedError() {
    try (WawpClient wawp = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.freeToken()).build()) {
      var session = wawp.instance(wawp.create().getInstanceId());
      assertThatThrownBy(session::webhooks)
          .isInstanceOfSatisfying(PlanLimitException.class, e -> assertThat(e.subscriptionRequired()).isTrue());
      assertThat(session.rateLimit().getHasActivePlan()).isFalse();
    }
  }
}
