package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.client.internal.WawpJson;
import io.wawpkit.session.generated.model.RateLimitSettings;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import org.junit.jupiter.api.Test;

/** New statuses and fields, and PHP's empty-array quirks, never break reading. */
class TolerantReadingTest {
  final ObjectMapper json = WawpJson.mapper();

  @Test
  void anUnknownStatusIsVisibleAsSuch() throws Exception {
    SessionInfo info = json.readValue("{\"name\":\"n\",\"status\":\"PAUSED\"}", SessionInfo.class);
    assertThat(info.getStatus()).isEqualTo(SessionStatus.UNKNOWN);
  }

  /** Docs: "New statuses ... may appear at any time": every answer that carries a status reads it as UNKNOWN. */
  @Test
  void anUnknownStatusReadsAsUnknownInEveryAnswer() throws Exception {
    assertThat(json.readValue("{\"status\":\"HIBERNATING\"}", io.wawpkit.session.generated.model.LogoutResult.class)
        .getStatus()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(json.readValue("{\"instance_id\":\"A1\",\"status\":\"HIBERNATING\"}",
        io.wawpkit.session.generated.model.CreateSessionResult.class).getStatus()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(json.readValue("{\"name\":\"n\",\"status\":\"HIBERNATING\",\"config\":{\"metadata\":{\"instance_id\":\"A1\"}}}",
        io.wawpkit.session.generated.model.V1CreatedSession.class).getStatus()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(io.wawpkit.session.client.events.SessionStatusEvents.parse(
        "{\"instance_id\":\"A1\",\"status\":\"HIBERNATING\",\"ts\":1}").status()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(SessionStatus.fromValue("HIBERNATING")).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(SessionStatus.UNKNOWN.toString()).isEqualTo("UNKNOWN");
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    SessionInfo info = json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"brand_new\":{\"a\":[1]}}", SessionInfo.class);
    assertThat(info.getStatus()).isEqualTo(SessionStatus.WORKING);
  }

  @Test
  void engineInEveryDocumentedShape() throws Exception {
    assertThat(SessionInfos.engineName(json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":{\"engine\":\"NOWEB\"}}", SessionInfo.class))).contains("NOWEB");
    assertThat(SessionInfos.engineName(json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":\"WEBJS\"}", SessionInfo.class))).contains("WEBJS");
    assertThat(SessionInfos.engineName(json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":[]}", SessionInfo.class))).isEmpty();
    assertThat(SessionInfos.engineName(json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":null}", SessionInfo.class))).isEmpty();
  }

  @Test
  void webhooksAsEmptyObjectOrArray() throws Exception {
    SessionInfo phpEmpty = json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"config\":{\"webhooks\":{}}}", SessionInfo.class);
    assertThat(SessionInfos.webhooks(phpEmpty)).isEmpty();
    SessionInfo list = json.readValue("{\"name\":\"n\",\"status\":\"WORKING\",\"config\":{\"webhooks\":"
        + "[{\"url\":\"https://a.example/h\",\"events\":[\"session.status\"],\"is_active\":0}]}}", SessionInfo.class);
    assertThat(SessionInfos.webhooks(list)).singleElement().satisfies(w -> {
      assertThat(w.getUrl()).hasToString("https://a.example/h");
      assertThat(w.getIsActive()).isFalse();
    });
  }

  @Test
  void phpEmptyArrayForAnObjectReadsAsNull() throws Exception {
    SessionInfo info = json.readValue("{\"name\":\"n\",\"status\":\"STOPPED\",\"config\":[],\"me\":[]}", SessionInfo.class);
    assertThat(info.getConfig()).isNull();
    assertThat(info.getMe()).isNull();
  }

  @Test
  void phpEmptyObjectForAListReadsAsEmpty() throws Exception {
    RateLimitSettings settings = json.readValue(
        "{\"current_policy\":\"strict\",\"has_active_plan\":false,\"free_policies\":{},\"policies\":{}}", RateLimitSettings.class);
    assertThat(settings.getFreePolicies()).isEmpty();
    assertThat(settings.getPolicies()).isEmpty();
  }
}
