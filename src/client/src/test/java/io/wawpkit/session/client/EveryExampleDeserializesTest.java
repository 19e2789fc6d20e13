package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wawpkit.session.client.events.SessionStatusEvent;
import io.wawpkit.session.client.events.SessionStatusEvents;
import io.wawpkit.session.client.internal.WawpJson;
import io.wawpkit.session.generated.api.InfoApi;
import io.wawpkit.session.generated.api.LifecycleApi;
import io.wawpkit.session.generated.api.LoginApi;
import io.wawpkit.session.generated.api.RateLimitApi;
import io.wawpkit.session.generated.api.TempLinkApi;
import io.wawpkit.session.generated.api.WebhookApi;
import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example body of the spec (the documented ones and the tolerant variations) reads into the
 * generated model the client returns for it, and no status reads as unknown.
 */
class EveryExampleDeserializesTest {
  static final WawpSpec SPEC = WawpSpec.load();
  final ObjectMapper json = WawpJson.mapper();

  @Test
  void everySuccessExampleReadsIntoItsModel() throws Exception {
    List<String> read = new ArrayList<>();
    for (SpecOperation op : SPEC.operations()) {
      Class<?> model = returnType(op.operationId());
      ApiResponse ok = SPEC.response(op, 200).orElseThrow();
      for (Map.Entry<String, JsonNode> example : examples(ok.getContent().get("application/json")).entrySet()) {
        Object value = json.treeToValue(example.getValue(), model);
        assertThat(value).as(op.operationId() + " " + example.getKey()).isInstanceOf(model);
        assertThat(value.toString()).doesNotContain("UNKNOWN").doesNotContain("unknown_default_open_api");
        read.add(op.operationId() + "/" + example.getKey());
      }
    }
    assertThat(read).hasSizeGreaterThanOrEqualTo(30).anyMatch(s -> s.endsWith("v1Shape"));
  }

  @Test
  void everyErrorExampleReadsAsError() throws Exception {
    for (String name : SPEC.openApi().getComponents().getResponses().keySet()) {
      ApiResponse response = SPEC.openApi().getComponents().getResponses().get(name);
      MediaType content = response.getContent().get("application/json");
      if (content == null || !"#/components/schemas/Error".equals(content.getSchema().get$ref())) {
        continue;
      }
      for (JsonNode example : examples(content).values()) {
        Error error = json.treeToValue(example, Error.class);
        assertThat(error.getCode()).as(name).isNotBlank();
      }
    }
  }

  @Test
  void bothWebhookEnvelopesReadAsOneEventType() throws Exception {
    SessionStatusEvent v1 = SessionStatusEvents.parse(resource("examples/v1-session-status-webhook.json"));
    assertThat(v1.instanceId()).isEqualTo("123456789");
    assertThat(v1.status()).isEqualTo(SessionStatus.SCAN_QR_CODE);
    assertThat(v1.time().getEpochSecond()).isEqualTo(1722170400L);
    SessionStatusEvent v2 = SessionStatusEvents.parse(resource("examples/v2-session-status-webhook.json"));
    assertThat(v2.sessionName()).isEqualTo("wawp-84729105");
    assertThat(v2.status()).isEqualTo(SessionStatus.WORKING);
  }

  static Class<?> returnType(String operationId) {
    return Stream.of(LifecycleApi.class, InfoApi.class, RateLimitApi.class, TempLinkApi.class, WebhookApi.class, LoginApi.class)
        .flatMap(api -> Stream.of(api.getMethods()))
        .filter(m -> m.getName().equals(operationId))
        .map(Method::getReturnType)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated method " + operationId));
  }

  Map<String, JsonNode> examples(MediaType content) throws Exception {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Example> e : content.getExamples().entrySet()) {
      Example ex = e.getValue();
      out.put(e.getKey(), ex.getExternalValue() != null
          ? json.readTree(resource(ex.getExternalValue()))
          : json.valueToTree(ex.getValue()));
    }
    return out;
  }

  static String resource(String relative) throws Exception {
    try (InputStream in = EveryExampleDeserializesTest.class.getClassLoader()
        .getResourceAsStream("wawp/openapi/" + relative)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
