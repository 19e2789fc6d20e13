package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The v1 base serves the documented v1 create, POST /createSession?name=..., as the docs print its
 * answer (STARTING, the id only in config.metadata.instance_id), and the session then moves on as
 * after start; /session/create is v2's only.
 */
class V1CreateTest {
  static WawpMock mock;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().startingDuration(Duration.ofMillis(60)).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void v1CreateStartsANamedSessionWithItsIdInTheMetadata() {
    SpecClient v1 = new SpecClient(mock).v1();
    String token = mock.token(DemoAccounts.PAID);
    SpecClient.Answer created = v1.send("POST", "/createSession", Map.of("name", "my-shop", "access_token", token), Map.of(), null);
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.status("name")).isEqualTo("my-shop");
    assertThat(created.status("status")).isEqualTo("STARTING");
    assertThat(created.body().has("instance_id")).isFalse();
    String id = created.body().at("/config/metadata/instance_id").asText();
    assertThat(id).isNotBlank();
    assertThat(created.body().at("/config/metadata/access_token").asText()).isEqualTo(token); // as v1 echoes it

    assertThat(v1.query("GET", "/session/info", token, id).status("status")).isIn("STARTING", "SCAN_QR_CODE");
    Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5),
        () -> "SCAN_QR_CODE".equals(v1.query("GET", "/session/info", token, id).status("status")));
    assertThat(v1.query("GET", "/session/info", token, id).status("name")).isEqualTo("my-shop");
  }

  @Test
  void v1CreateNeedsAName() {
    SpecClient v1 = new SpecClient(mock).v1();
    SpecClient.Answer refused = v1.send("POST", "/createSession", Map.of("access_token", mock.token(DemoAccounts.PAID)), Map.of(), null);
    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void eachBaseServesItsOwnCreateOnly() throws Exception {
    String token = mock.token(DemoAccounts.PAID);
    SpecClient v2 = new SpecClient(mock);
    assertThat(v2.query("POST", "/session/create", token, null).status("status")).isEqualTo("STOPPED");
    // the spec documents no 404 for a create, so these go around SpecClient's validation
    assertThat(postStatus(mock.baseUrl() + "/createSession?name=x&access_token=" + token)).isEqualTo(404);
    assertThat(postStatus(mock.v1BaseUrl() + "/session/create?access_token=" + token)).isEqualTo(404);
  }

  static int postStatus(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
