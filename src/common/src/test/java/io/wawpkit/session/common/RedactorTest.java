package io.wawpkit.session.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One rule for secrets: the same names masked in text, in a parsed JSON tree and in maps. */
class RedactorTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void masksTheGivenTokensWhereverTheyStand() {
    Redactor r = Redactor.masking("tok-12345", null, "ab");
    assertThat(r.redact("echoed tok-12345 back; ab stays (too short to be a token)"))
        .isEqualTo("echoed **** back; ab stays (too short to be a token)");
    assertThat(r.redact(null)).isNull();
  }

  @Test
  void masksTheTokenOfAQueryAndOfABearerHeaderByShape() {
    Redactor r = Redactor.masking();
    assertThat(r.redact("GET /v2/session/info?access_token=anything&instance_id=ABC"))
        .isEqualTo("GET /v2/session/info?access_token=****&instance_id=ABC");
    assertThat(r.redact("Authorization: Bearer xyz-secret\nX-Instance-ID: ABC"))
        .isEqualTo("Authorization: Bearer ****\nX-Instance-ID: ABC");
  }

  @Test
  void masksSecretMembersOfJsonInsideText() {
    String body = "{\"webhooks\":[{\"url\":\"https://x\",\"hmac\":{\"key\":\"k\\\"ey\"},"
        + "\"customHeaders\":[{\"name\":\"X-Api\",\"value\":\"v-secret\"}]}],\"Password\":\"pw\",\"n\":1}";
    String out = Redactor.masking().redact("answered 400: " + body + " (end)");
    assertThat(out).startsWith("answered 400: {").endsWith("} (end)")
        .doesNotContain("k\\\"ey", "v-secret", "\"pw\"").contains("\"name\":\"X-Api\"", "\"n\":1");
    assertThat(Redactor.masking().redact("not json {at all")).isEqualTo("not json {at all");
  }

  @Test
  void theTreeAndTheMapsFollowTheSameRule() throws Exception {
    String doc = "{\"access_token\":\"t\",\"nested\":{\"secret\":42,\"token\":null,\"key\":{\"deeper\":\"x\"}},"
        + "\"customHeaders\":[{\"name\":\"n\",\"value\":\"v\"}],\"value\":\"kept\"}";
    JsonNode tree = Secrets.mask(JSON.readTree(doc));
    assertThat(tree.toString()).isEqualTo("{\"access_token\":\"****\",\"nested\":{\"secret\":\"****\",\"token\":null,"
        + "\"key\":{\"deeper\":\"x\"}},\"customHeaders\":[{\"name\":\"n\",\"value\":\"****\"}],\"value\":\"kept\"}");

    Map<String, Object> header = new LinkedHashMap<>(Map.of("name", "n", "value", "v"));
    Map<String, Object> maps = new LinkedHashMap<>();
    maps.put("access_token", "t");
    maps.put("customHeaders", new ArrayList<>(List.of(header)));
    maps.put("value", "kept");
    maps.put("inner", new LinkedHashMap<>(Map.of("PASSWORD", "p")));
    Secrets.maskMaps(maps);
    assertThat(maps).containsEntry("access_token", "****").containsEntry("value", "kept");
    assertThat(header).containsEntry("value", "****").containsEntry("name", "n");
    assertThat(maps.get("inner")).isEqualTo(Map.of("PASSWORD", "****"));
  }

  @Test
  void equalRedactorsMaskTheSameValues() {
    assertThat(Redactor.masking("tok-1")).isEqualTo(Redactor.masking("tok-1")).isNotEqualTo(Redactor.masking("tok-2"));
    assertThat(Redactor.masking("tok-1").toString()).doesNotContain("tok-1");
  }
}
