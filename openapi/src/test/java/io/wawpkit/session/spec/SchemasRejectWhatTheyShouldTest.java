package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schemas are tolerant where the docs are loose, and precise where they are precise: these
 * bodies must be refused, or the example test above could pass on a schema that accepts anything.
 */
class SchemasRejectWhatTheyShouldTest {
  final SpecExamples examples =
      new SpecExamples(EveryExampleValidatesTest.SPEC, EveryExampleValidatesTest.SPEC_DIR, true);

  static Schema<?> schema(String name) {
    return EveryExampleValidatesTest.SPEC.openApi().getComponents().getSchemas().get(name);
  }

  boolean valid(String json, String schema) throws Exception {
    JsonNode node = SpecExamples.JSON.readTree(json);
    return !examples.validate(node, schema(schema)).hasErrors();
  }

  @ParameterizedTest(name = "{1} refuses {0}")
  @CsvSource(delimiter = '|', value = {
    "{\"status\":\"WORKING\"}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"RUNNING\"}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"me\":{\"id\":\"not-a-jid\"}}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":[\"x\"]}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"config\":{\"webhooks\":{\"a\":1}}}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"instance_id\":\"has space\"}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"qr\":\"<svg/>\"}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"STOPPED\",\"instance_id\":\"3EB0BCB2E3D4\"}|DeletedSession",
    "{\"message\":\"no code\"}|Error",
    "{\"link\":\"https://app.wawp.net/temp-qr/short\"}|TempLink",
    "{\"revoked\":-1}|TempLinkRevocation",
    "{\"policy_slug\":\"Not A Slug\"}|RateLimitChoice",
    "{\"webhooks\":[{\"url\":\"ftp://x\",\"events\":[]}]}|WebhookUpdate",
    "{\"webhooks\":[{\"url\":\"https://x\",\"events\":[],\"is_active\":2}]}|WebhookUpdate",
    "{\"instance_id\":\"3EB0BCB2E3D4\",\"status\":\"WORKING\"}|SessionStatusEvent",
    "{\"webhooks\":[],\"systemConfig\":null}|WebhookSettings",
    "{\"webhooks\":{\"a\":1}}|WebhookSettings",
    "{\"id\":\"evt_1\",\"session\":\"n\",\"event\":\"session.status\",\"payload\":{\"name\":\"n\",\"status\":\"WORKING\"}}|SessionStatusEvent",
    "{\"id\":\"evt_1\",\"timestamp\":\"soon\",\"session\":\"n\",\"event\":\"session.status\",\"payload\":{\"name\":\"n\",\"status\":\"WORKING\"}}|SessionStatusEvent",
    "{\"id\":\"evt_1\",\"timestamp\":1722170400123,\"session\":\"n\",\"event\":\"session.status\",\"payload\":{\"name\":\"n\"}}|SessionStatusEvent",
  })
  void refuses(String body, String schema) throws Exception {
    assertThat(valid(body, schema)).isFalse();
  }

  @ParameterizedTest(name = "{1} accepts {0}")
  @CsvSource(delimiter = '|', value = {
    "{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":[]}|SessionInfo",
    "{\"id\":\"evt_1\",\"timestamp\":1722170400123,\"session\":\"n\",\"event\":\"session.status\",\"payload\":{\"name\":\"n\",\"status\":\"WORKING\"}}|SessionStatusEvent",
    "{\"instance_id\":\"3EB0BCB2E3D4\",\"status\":\"WORKING\",\"ts\":1722170400}|SessionStatusEvent",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":\"WEBJS\"}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":{\"engine\":\"NOWEB\"}}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"engine\":null,\"me\":null,\"config\":null,\"qr\":null}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"config\":{\"webhooks\":{}}}|SessionInfo",
    "{\"webhooks\":{},\"systemConfig\":{\"url\":\"https://hooks.example/system\"}}|WebhookSettings",
    "{\"webhooks\":[]}|WebhookSettings",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"config\":{\"webhooks\":[]}}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"WORKING\",\"brand_new_field\":{\"x\":1}}|SessionInfo",
    "{\"name\":\"n\",\"status\":\"SCAN_QR_CODE\",\"qr\":\"iVBORw0KGgo=\"}|SessionInfo",
    "{\"id\":null,\"pushName\":null,\"platform\":null}|AccountInfo",
    "{\"webhooks\":[{\"url\":\"https://x\",\"events\":[\"message\"],\"is_active\":true}]}|WebhookUpdate",
    "{\"webhooks\":[{\"url\":\"https://x\",\"events\":[\"message\"],\"is_active\":0}]}|WebhookUpdate",
  })
  void accepts(String body, String schema) throws Exception {
    assertThat(valid(body, schema)).isTrue();
  }
}
