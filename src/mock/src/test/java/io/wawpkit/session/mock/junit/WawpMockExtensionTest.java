package io.wawpkit.session.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.SpecClient;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WawpMockExtensionTest {
  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.fast().resetEachTest();

  @Test
  void handsTheTestABaseUrlTokensAndControl(WawpMock mock, MockControl control) throws Exception {
    assertThat(WAWP.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v2");
    assertThat(mock.baseUrl()).isEqualTo(WAWP.baseUrl());
    HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(WAWP.baseUrl() + "/session/create")).header("Authorization", "Bearer " + WAWP.freeToken())
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    SpecClient.Answer answer = SpecClient.checked(mock, "POST", "/session/create", created);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(control.sessions(null)).extracting(s -> s.instanceId())
        .containsExactly(answer.body().get("instance_id").asText());
  }

  @Test
  void startsEachTestClean() {
    assertThat(WAWP.control().sessions(null)).isEmpty();
    assertThat(WAWP.paidToken()).isNotEqualTo(WAWP.freeToken());
  }
}
