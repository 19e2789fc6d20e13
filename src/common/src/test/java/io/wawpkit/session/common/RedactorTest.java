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
    // JSON without a secret keeps its spacing: a list of statuses in words stays as written.
    assertThat(Redactor.masking().redact("one of [200, 404] or {\"a\": 1}")).isEqualTo("one of [200, 404] or {\"a\": 1}");
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
  void masksThePasswordOfAUrlByShape() {
    Redactor r = Redactor.masking();
    assertThat(r.redact("proxy http://proxy-user:pw@rd%40x@proxy.example:3128/path?q=1 and https://plain.example:8080/a@b"))
        .isEqualTo("proxy http://proxy-user:****@proxy.example:3128/path?q=1 and https://plain.example:8080/a@b");
    assertThat(Secrets.maskUrlPasswords("socks5://u:s3cret@h:1080")).isEqualTo("socks5://u:****@h:1080");
    assertThat(Secrets.maskUrlPasswords(null)).isNull();
  }

  @Test
  void masksSecretsOfJsonQuotedInATextMemberAndUrlPasswordsInMembers() throws Exception {
    String echo = "{\"hmac\":{\"key\":\"quoted-hmac-key\"},\"n\":1}";
    String doc = "{\"message\":\"" + echo.replace("\"", "\\\"") + "\",\"proxy\":{\"server\":\"http://u:url-pass-1@p:3128\"},"
        + "\"list\":[\"http://u:url-pass-2@p\"]}";
    String masked = Secrets.mask(JSON.readTree(doc)).toString();
    assertThat(masked).doesNotContain("quoted-hmac-key", "url-pass-1", "url-pass-2").contains("u:****@p:3128", "\\\"n\\\":1");
    assertThat(Redactor.masking().redact("answered: " + doc)).doesNotContain("quoted-hmac-key", "url-pass-1", "url-pass-2");

    Map<String, Object> maps = new LinkedHashMap<>();
    maps.put("message", echo);
    maps.put("list", new ArrayList<>(List.of("http://u:url-pass-2@p")));
    Secrets.maskMaps(maps);
    assertThat(maps.toString()).doesNotContain("quoted-hmac-key", "url-pass-2");
  }

  @Test
  void theSecretsOfADocumentAreLearnedAndMaskedWhereverTheyAppearAfterwards() throws Exception {
    String doc = "{\"webhooks\":[{\"hmac\":{\"key\":\"learned-key-1\"},\"customHeaders\":[{\"name\":\"X\",\"value\":\"header-val-2\"}]}],"
        + "\"proxy\":{\"server\":\"http://u:proxy-pw-3@p\",\"password\":\"********\"},\"token\":\"short\","
        + "\"note\":\"{\\\"secret\\\":\\\"quoted-secret-4\\\"}\"}";
    assertThat(Secrets.values(JSON.readTree(doc)))
        .containsExactlyInAnyOrder("learned-key-1", "header-val-2", "proxy-pw-3", "quoted-secret-4");
    Redactor r = Redactor.masking("tok-12345");
    Redactor learned = r.and(Secrets.values(JSON.readTree(doc)));
    assertThat(learned.redact("plain text echo: learned-key-1 / header-val-2 / tok-12345"))
        .isEqualTo("plain text echo: **** / **** / ****");
    assertThat(learned.and(List.of("learned-key-1"))).isSameAs(learned);
    // The longest first: a secret holding another is masked whole.
    assertThat(Redactor.masking("abcd", "abcdefgh").redact("x abcdefgh y")).isEqualTo("x **** y");
  }

  @Test
  void equalRedactorsMaskTheSameValues() {
    assertThat(Redactor.masking("tok-1")).isEqualTo(Redactor.masking("tok-1")).isNotEqualTo(Redactor.masking("tok-2"));
    assertThat(Redactor.masking("tok-1").toString()).doesNotContain("tok-1");
  }
}
