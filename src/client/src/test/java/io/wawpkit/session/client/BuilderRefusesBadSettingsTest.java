package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.MalformedResponseException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad settings and bodies give one precise message. */
class BuilderRefusesBadSettingsTest {

  @Test
  void aMissingTokenIsNamed() {
    assertThatThrownBy(() -> WawpClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an access token is required: WawpClient.builder().accessToken(...)");
  }

  @Test
  void aBadBaseUrlIsNamed() {
    assertThatThrownBy(() -> WawpClient.builder().baseUrl("ftp://x/v2")).hasMessageContaining("http or https");
    assertThatThrownBy(() -> WawpClient.builder().baseUrl("https://api.wawp.net/v2?access_token=x"))
        .hasMessageContaining("must not carry a query");
    assertThatThrownBy(() -> WawpClient.builder().readTimeout(Duration.ZERO)).hasMessageContaining("readTimeout");
  }

  @Test
  void aClosedClientRefusesCalls() {
    WawpClient client = WawpClient.builder().accessToken("tok_12345678").build();
    var infoApi = client.instance("A").infoApi();
    client.close();
    assertThatThrownBy(() -> client.instance("A")).hasMessage("this WawpClient is closed");
    assertThatThrownBy(infoApi::getSessionInfo).hasMessage("this WawpClient is closed");
  }

  @Test
  void equalBackoffBoundsMeanAFixedDelay() {
    var policy = io.wawpkit.session.client.retry.RetryPolicy.builder()
        .backoff(Duration.ofMillis(100), Duration.ofMillis(100)).build();
    try (WawpClient client = WawpClient.builder().accessToken("tok_12345678").retryPolicy(policy).build()) {
      assertThat(client.toString()).contains("api.wawp.net");
    }
  }

  @Test
  void aMalformedSuccessBodyIsReportedWithoutTheBody() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"name\": \"wawp-1\", \"status\": " + LocalApi.TOKEN + "}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).info())
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageStartingWith("getSessionInfo: HTTP 200 with a body the contract does not describe")
          .hasMessageNotContaining(LocalApi.TOKEN);
    }
  }

  @Test
  void v1BaseUrlIsKept() {
    try (WawpClient client = WawpClient.builder().baseUrl(WawpClient.V1 + "/").accessToken("tok_12345678").build()) {
      assertThat(client.baseUrl()).hasToString("https://wawp.net/wp-json/awp/v1");
    }
  }
}
