package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.errors.TransportException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionMetadata;
import io.wawpkit.session.generated.model.WebhookSettings;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The token, proxy passwords and HMAC keys appear in no log line, exception message or toString(). */
class NoSecretEscapesTest {
  static final String PROXY_PASSWORD = "pr0xy-s3cret-pass";
  static final String HMAC_KEY = "hmac-k3y-very-secret";
  static final String V1_ECHO = "{\"name\":\"wawp-1\",\"status\":\"STOPPED\",\"instance_id\":\"123456789\","
      + "\"config\":{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"session.status\"],\"hmac\":{\"key\":\"" + HMAC_KEY + "\"}}],"
      + "\"proxy\":{\"server\":\"p:3128\",\"username\":\"u\",\"password\":\"" + PROXY_PASSWORD + "\"},"
      + "\"metadata\":{\"user_id\":\"42\",\"access_token\":\"" + LocalApi.TOKEN + "\",\"instance_id\":\"123456789\"}},"
      + "\"engine\":[]}";

  @ParameterizedTest
  @EnumSource(CredentialForm.class)
  void fullHttpLogsHoldNoSecretEvenWhenTheAnswerEchoesThem(CredentialForm form) throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client(form)) {
      api.json(200, V1_ECHO);
      SessionInfo info = client.instance("123456789").info();
      assertThat(api.log).isNotEmpty();
      assertThat(String.join("\n", api.log))
          .contains("GET", "/session/info", "200")
          .doesNotContain(LocalApi.TOKEN, PROXY_PASSWORD, HMAC_KEY);
      assertThat(info.toString()).doesNotContain(LocalApi.TOKEN, PROXY_PASSWORD, HMAC_KEY);
      // The typed fields still hold what the service sent (the caller's own data).
      assertThat(info.getConfig().getProxy().getPassword()).isEqualTo(PROXY_PASSWORD);
      assertThat(info.getConfig().getMetadata().getAccessToken()).isEqualTo(LocalApi.TOKEN);
    }
  }

  @Test
  void anHmacKeyWithAnEscapedQuoteIsMaskedWhole() throws Exception {
    String quoted = "SECRET-quoted";
    String webhooks = "{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"message\"],"
        + "\"hmac\":{\"key\":\"ab\\\"" + quoted + "\"}}]}";
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, webhooks);
      client.instance(LocalApi.INSTANCE).webhooks();
      String log = String.join("\n", api.log);
      assertThat(log).contains("h.example").doesNotContain(quoted);
    }
    // and in any text that quotes such a body (an error message)
    assertThat(io.wawpkit.session.common.Redactor.masking().redact("answered 400: " + webhooks + " (end)"))
        .doesNotContain(quoted).contains("\"key\":\"****\"", "(end)", "answered 400: ");
  }

  @Test
  void customHeaderValuesAreSecretsLikeHmacKeys() throws Exception {
    String apiKey = "their-api-k3y-in-a-header";
    String body = "{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"message\"],"
        + "\"customHeaders\":[{\"name\":\"X-Api-Key\",\"value\":\"" + apiKey + "\"}]}],\"systemConfig\":{}}";
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, body);
      WebhookSettings settings = client.instance(LocalApi.INSTANCE).webhooks();
      // the caller's own data stays readable; it is masked wherever it is printed
      assertThat(settings.getWebhooks().get(0).getCustomHeaders().get(0).getValue()).isEqualTo(apiKey);
      assertThat(settings.toString()).contains("X-Api-Key").doesNotContain(apiKey);
      assertThat(String.join("\n", api.log)).contains("X-Api-Key").doesNotContain(apiKey);
    }
    assertThat(io.wawpkit.session.common.Redactor.masking().redact("answered 400: " + body))
        .contains("X-Api-Key").doesNotContain(apiKey);
  }

  @Test
  void typedWebhookSettingsMaskTheKeyInToString() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"message\"],\"is_active\":1,"
          + "\"hmac\":{\"key\":\"" + HMAC_KEY + "\"}}],\"systemConfig\":{}}");
      WebhookSettings settings = client.instance(LocalApi.INSTANCE).webhooks();
      assertThat(settings.getWebhooks().get(0).getHmac().getKey()).isEqualTo(HMAC_KEY);
      assertThat(settings.getWebhooks().get(0).getIsActive()).isTrue();
      assertThat(settings.toString()).doesNotContain(HMAC_KEY);
    }
  }

  @Test
  void theSystemWebhooksKeyIsMaskedInToString() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"webhooks\":[],\"systemConfig\":{\"url\":\"https://hooks.wawp.net/system\","
          + "\"events\":[\"session.status\"],\"is_active\":true,\"hmac\":{\"key\":\"" + HMAC_KEY + "\"}}}");
      WebhookSettings settings = client.instance(LocalApi.INSTANCE).webhooks();
      assertThat(settings.getSystemConfig().getUrl()).isEqualTo("https://hooks.wawp.net/system");
      assertThat(settings.getSystemConfig().getHmac().getKey()).isEqualTo(HMAC_KEY);
      assertThat(settings.toString()).contains("hooks.wawp.net").doesNotContain(HMAC_KEY);
    }
  }

  @Test
  void secretsInMetadataMembersTheSpecDoesNotNameAreMaskedAsRead() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"name\":\"wawp-1\",\"status\":\"STOPPED\",\"config\":{\"metadata\":{\"user_id\":\"42\","
          + "\"password\":\"" + PROXY_PASSWORD + "\",\"crm\":{\"secret\":\"" + HMAC_KEY + "\",\"team\":\"sales\"}}}}");
      SessionInfo info = client.instance(LocalApi.INSTANCE).info();
      SessionMetadata metadata = info.getConfig().getMetadata();
      assertThat(metadata.getAdditionalProperty("crm")).isEqualTo(java.util.Map.of("secret", "****", "team", "sales"));
      assertThat(info.toString()).contains("sales").doesNotContain(PROXY_PASSWORD).doesNotContain(HMAC_KEY);
    }
  }

  @Test
  void errorMessagesEchoingTheTokenAreMasked() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(401, "{\"code\":\"invalid_access_token\",\"message\":\"Token " + LocalApi.TOKEN + " is not valid\"}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).stop())
          .hasMessageContaining("Token **** is not valid")
          .hasMessageNotContaining(LocalApi.TOKEN);
    }
  }

  @Test
  void anUnreachableServerNamesHostNotUrl() throws Exception {
    int freePort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      freePort = s.getLocalPort();
    }
    try (WawpClient client = WawpClient.builder().baseUrl("http://127.0.0.1:" + freePort + "/v2")
        .accessToken(LocalApi.TOKEN).retryPolicy(io.wawpkit.session.client.retry.RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).info())
          .isInstanceOf(TransportException.class)
          .hasMessage("getSessionInfo: connection refused (127.0.0.1:" + freePort + ")")
          .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(LocalApi.TOKEN));
    }
  }

  @Test
  void theClientsToStringHidesTheToken() {
    try (WawpClient client = WawpClient.builder().accessToken(LocalApi.TOKEN).build()) {
      assertThat(client.toString()).doesNotContain(LocalApi.TOKEN).contains("api.wawp.net");
    }
  }

  static String stackTraceOf(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }
}
