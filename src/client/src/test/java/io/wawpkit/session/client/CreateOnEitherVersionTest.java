package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.generated.model.CreateSessionResult;
import io.wawpkit.session.generated.model.SessionStatus;
import java.net.URI;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * create() sends the create its API version serves: v2's POST /session/create, or v1's documented
 * POST /createSession?name=... (whose answer carries the id only in config.metadata.instance_id);
 * either way the id comes back as getInstanceId().
 */
class CreateOnEitherVersionTest {
  /** The v1 answer as the docs print it: STARTING, no top-level id, the token echoed in metadata. */
  static String v1Created(String name) {
    return "{\"name\":\"" + name + "\",\"status\":\"STARTING\",\"config\":{\"metadata\":{\"user_id\":\"42\","
        + "\"display_name\":\"John Doe\",\"user_email\":\"john@example.com\",\"access_token\":\"" + LocalApi.TOKEN
        + "\",\"instance_id\":\"" + LocalApi.INSTANCE + "\"}},\"engine\":[]}";
  }

  static String v1Base(LocalApi api) {
    return api.server.url("/wp-json/awp/v1").toString();
  }

  @Test
  void theVersionIsReadFromTheBaseUrlOrSetExplicitly() {
    assertThat(ApiVersion.of(URI.create(WawpClient.V1))).isEqualTo(ApiVersion.V1);
    assertThat(ApiVersion.of(URI.create(WawpClient.V2))).isEqualTo(ApiVersion.V2);
    assertThat(ApiVersion.of(URI.create("http://127.0.0.1:8089/wp-json/awp/v1/"))).isEqualTo(ApiVersion.V1);
    try (WawpClient c = WawpClient.builder().baseUrl("http://127.0.0.1:1/proxy").apiVersion(ApiVersion.V1)
        .accessToken(LocalApi.TOKEN).build()) {
      assertThat(c.apiVersion()).isEqualTo(ApiVersion.V1);
    }
  }

  @Test
  void v1CreateMakesUpANameAndReadsTheIdFromTheMetadata() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().baseUrl(v1Base(api)).build()) {
      api.json(200, v1Created("wawp-made-up"));
      CreateSessionResult created = client.create();
      assertThat(created.getInstanceId()).isEqualTo(LocalApi.INSTANCE);
      assertThat(created.getStatus()).isEqualTo(SessionStatus.STARTING);
      RecordedRequest sent = api.take();
      assertThat(sent.getMethod()).isEqualTo("POST");
      assertThat(sent.getRequestUrl().encodedPath()).isEqualTo("/wp-json/awp/v1/createSession");
      assertThat(sent.getRequestUrl().queryParameter("name")).matches("wawp-[a-z0-9]{8}");
      // the echoed token is masked in the FULL log, and not copied into the result
      assertThat(String.join("\n", api.log)).contains("instance_id").doesNotContain(LocalApi.TOKEN);
      assertThat(created.toString()).doesNotContain(LocalApi.TOKEN);
    }
  }

  @Test
  void v1CreateTakesAName() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().baseUrl(v1Base(api)).build()) {
      api.json(200, v1Created("my shop"));
      assertThat(client.create("my shop").getSessionName()).isEqualTo("my shop");
      assertThat(api.take().getRequestUrl().queryParameter("name")).isEqualTo("my shop");
    }
  }

  @Test
  void v1CreateWithoutTheIdIsAMalformedAnswer() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().baseUrl(v1Base(api)).build()) {
      api.json(200, "{\"name\":\"n\",\"status\":\"STARTING\",\"instance_id\":\"3EB0BCB2E3D4\",\"config\":{\"metadata\":[]}}");
      assertThatThrownBy(client::create).isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("config.metadata.instance_id");
    }
  }

  @Test
  void v1CreateAndStartDoesNotStartTwice() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().baseUrl(v1Base(api)).build()) {
      api.json(200, v1Created("n")).json(200, LocalApi.INFO_WORKING);
      assertThat(client.createAndStart(Duration.ofSeconds(5)).info().getStatus()).isEqualTo(SessionStatus.WORKING);
      api.take();
      assertThat(api.take().getRequestUrl().encodedPath()).isEqualTo("/wp-json/awp/v1/session/info");
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void v2CreateIsUnchangedAndTakesNoName() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"instance_id\":\"3EB0BCB2E3D4\",\"session_name\":\"wawp-1\",\"status\":\"STOPPED\"}");
      assertThat(client.create().getInstanceId()).isEqualTo(LocalApi.INSTANCE);
      assertThat(api.take().getRequestUrl().encodedPath()).isEqualTo("/v2/session/create");
      assertThatThrownBy(() -> client.create("my-shop")).isInstanceOf(UnsupportedOperationException.class);
      assertThat(api.requests()).isEqualTo(1);
    }
  }
}
