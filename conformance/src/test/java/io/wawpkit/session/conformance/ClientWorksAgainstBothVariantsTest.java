package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.SessionInfos;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.generated.model.WebhookConfig;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.WawpMock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against both readings of the docs (issue 13, section 4): the default mock and the
 * lenient one ({}-for-empty lists, [] for an unknown engine, extra fields, body credentials read).
 * Whatever side an API takes where the docs are silent, the client's flows work in both credential forms.
 */
class ClientWorksAgainstBothVariantsTest {
  private static WawpMock mock(Positions positions) {
    return WawpMock.builder().host("127.0.0.1").port(0).positions(positions)
        .startingDuration(Duration.ofMillis(50)).autoScanAfter(Duration.ofMillis(100))
        .webhookRetryDelay(Duration.ofMillis(50)).build().start();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Positions.class)
  void theLifecycleFlowsWorkInBothCredentialForms(Positions positions) {
    try (WawpMock mock = mock(positions)) {
      for (CredentialForm form : CredentialForm.values()) {
        try (WawpClient wawp = WawpClient.builder().baseUrl(mock.baseUrl()).accessToken(mock.token("demo-paid"))
            .credentialForm(form).build()) {
          String id = wawp.create().getInstanceId();
          WawpInstance session = wawp.instance(id);
          SessionInfo stopped = session.info();
          assertThat(stopped.getStatus()).as(form.name()).isEqualTo(SessionStatus.STOPPED);
          SessionInfos.engineName(stopped); // reads whichever form the engine comes in
          session.start();
          SessionInfo working = session.awaitStatus(Duration.ofSeconds(5), SessionStatus.WORKING);
          assertThat(working.getMe().getId()).endsWith("@c.us");
          assertThat(session.stopAndResume(Duration.ofSeconds(5)).getStatus()).isEqualTo(SessionStatus.WORKING);
          assertThat(session.logoutAndRescan(Duration.ofSeconds(5)).getQr()).startsWith("data:image/png;base64,");
          session.delete();
          assertThatThrownBy(session::info).isInstanceOf(NotFoundException.class);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Positions.class)
  void settingsReadBackWhateverFormTheEmptyListTakes(Positions positions) {
    try (WawpMock mock = mock(positions);
        WawpClient wawp = WawpClient.builder().baseUrl(mock.baseUrl()).accessToken(mock.token("demo-paid")).build()) {
      WawpInstance session = wawp.instance(wawp.create().getInstanceId());
      assertThat(SessionInfos.webhooks(session.webhooks())).isEmpty();
      assertThat(SessionInfos.webhooks(session.info())).isEmpty();
      WebhookConfig hook = new WebhookConfig().url(URI.create("https://example.invalid/hook"));
      assertThat(SessionInfos.webhooks(session.replaceWebhooks(List.of(hook)))).hasSize(1);
      assertThat(SessionInfos.webhooks(session.webhooks())).extracting(WebhookConfig::getUrl).containsExactly(hook.getUrl());
      assertThat(SessionInfos.webhooks(session.replaceWebhooks(List.of()))).isEmpty();
      assertThat(session.chooseRateLimit("strict").getCurrentPolicy()).isEqualTo("strict");
      assertThat(session.rateLimit().getCurrentPolicy()).isEqualTo("strict");
      assertThat(session.newTempLink().getLink()).isNotNull();
    }
  }
}
