package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.generated.model.HmacConfig;
import io.wawpkit.session.generated.model.WebhookConfig;
import java.net.URI;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The client sends a request parameter where the docs put it, except where that would put a
 * secret in a URL: {@code policy_slug} in the query string (documented), the webhook list in a
 * JSON body (the spec's stated exception: HMAC keys stay out of URLs and proxy logs).
 */
class RequestParametersTravelAsDocumentedTest {
  private static final String SETTINGS =
      "{\"current_policy\":\"strict\",\"has_active_plan\":false,\"free_policies\":[\"strict\"],\"policies\":[]}";

  @Test
  void thePolicySlugTravelsInTheQueryStringWithNoBody() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client(CredentialForm.HEADERS)) {
      api.json(200, SETTINGS);
      assertThat(client.instance(LocalApi.INSTANCE).chooseRateLimit("strict").getCurrentPolicy()).isEqualTo("strict");
      RecordedRequest r = api.take();
      assertThat(r.getMethod()).isEqualTo("PATCH");
      assertThat(r.getRequestUrl().queryParameterValues("policy_slug")).containsExactly("strict");
      assertThat(r.getBodySize()).isZero();
    }
  }

  @Test
  void theWebhookListTravelsInAJsonBodySoItsKeysStayOutOfTheUrl() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client(CredentialForm.HEADERS)) {
      api.json(200, "{\"webhooks\":{},\"systemConfig\":{}}");
      WebhookConfig hook = new WebhookConfig().url(URI.create("https://my-app.com/webhook"))
          .events(List.of("session.status")).hmac(new HmacConfig().key("hmac-key-in-the-body"));
      assertThat(SessionInfos.webhooks(client.instance(LocalApi.INSTANCE).replaceWebhooks(List.of(hook)))).isEmpty();
      RecordedRequest r = api.take();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getRequestUrl().queryParameter("webhooks")).isNull();
      assertThat(r.getRequestUrl().toString()).doesNotContain("hmac-key-in-the-body");
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(r.getBody().readUtf8()).contains("\"webhooks\":[").contains("hmac-key-in-the-body");
    }
  }
}
