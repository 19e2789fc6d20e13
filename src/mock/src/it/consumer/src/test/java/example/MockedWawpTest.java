package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wawpkit.session.client.StartedSession;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.junit.WawpMockExtension;
import io.wawpkit.session.spec.LifecycleModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's test: the client against the mock's JUnit extension, as the mock's README shows it. */
class MockedWawpTest {
  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.fast().resetEachTest();

  private WawpClient wawp;

  @BeforeEach
  void client() {
    wawp = WawpClient.builder()
        .baseUrl(WAWP.baseUrl())
        .accessToken(WAWP.paidToken())
        .credentialForm(CredentialForm.HEADERS)
        .build();
  }

  @AfterEach
  void close() {
    wawp.close();
  }

  @Test
  void aSessionReachesWorkingOnceScanned() {
    StartedSession started = wawp.createAndStart(Duration.ofSeconds(30));
    WawpInstance session = started.instance();
    SessionInfo working = session.awaitRunning(Duration.ofSeconds(30));
    assertEquals(SessionStatus.WORKING, working.getStatus());
    assertEquals("WORKING", WAWP.control().status(session.id()));
    assertEquals("standard_policy", session.chooseRateLimit("standard_policy").getCurrentPolicy());
  }

  @Test
  void aRequestAgainstTheSpecIsRefusedByTheValidator() {
    WawpInstance session = wawp.createAndStart(Duration.ofSeconds(30)).instance();
    // PolicySlug's pattern is ^[a-z0-9_]{1,64}$: the mock validates every request against the spec.
    BadRequestException refused = assertThrows(BadRequestException.class, () -> session.chooseRateLimit("Not A Slug!"));
    assertTrue(refused.getMessage().contains("policy_slug"), refused.getMessage());
  }

  @Test
  void theMockShowsTheSpecItServes(WawpMock mock, MockControl control) {
    LifecycleModel model = mock.spec().lifecycle();
    assertNotNull(model);
    assertEquals(mock.spec().version(), mock.spec().openApi().getInfo().getVersion());
    assertFalse(control.accounts().isEmpty());
  }
}
