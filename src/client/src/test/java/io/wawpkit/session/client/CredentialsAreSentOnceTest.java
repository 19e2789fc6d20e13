package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.client.auth.CredentialForm;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Each request carries one complete credential form, once: the spec's two security requirements. */
class CredentialsAreSentOnceTest {

  @Test
  void queryFormSendsTokenAndInstanceOnceInTheQuery() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, LocalApi.INFO_WORKING);
      client.instance(LocalApi.INSTANCE).info();
      RecordedRequest r = api.take();
      HttpUrl url = r.getRequestUrl();
      assertThat(r.getMethod()).isEqualTo("GET");
      assertThat(url.encodedPath()).isEqualTo("/v2/session/info");
      assertThat(url.queryParameterValues("access_token")).containsExactly(LocalApi.TOKEN);
      assertThat(url.queryParameterValues("instance_id")).containsExactly(LocalApi.INSTANCE);
      assertThat(r.getHeader("Authorization")).isNull();
      assertThat(r.getHeader("X-Instance-ID")).isNull();
    }
  }

  @Test
  void headerFormSendsBearerAndInstanceHeaderAndNothingInTheQuery() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client(CredentialForm.HEADERS)) {
      api.json(200, LocalApi.INFO_WORKING);
      client.instance(LocalApi.INSTANCE).info();
      RecordedRequest r = api.take();
      assertThat(r.getHeaders().values("Authorization")).containsExactly("Bearer " + LocalApi.TOKEN);
      assertThat(r.getHeaders().values("X-Instance-ID")).containsExactly(LocalApi.INSTANCE);
      assertThat(r.getRequestUrl().querySize()).isZero();
    }
  }

  @Test
  void createSendsOnlyTheToken() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"instance_id\":\"3EB0BCB2E3D4\",\"session_name\":\"wawp-1\"}");
      assertThat(client.create().getInstanceId()).isEqualTo("3EB0BCB2E3D4");
      RecordedRequest r = api.take();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getRequestUrl().queryParameterValues("access_token")).containsExactly(LocalApi.TOKEN);
      assertThat(r.getRequestUrl().queryParameter("instance_id")).isNull();
    }
  }
}
