package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndValidationTest {
  static WawpMock mock;
  static SpecClient api;
  static String paid;
  static String other;
  static String id;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().maxBodyBytes(1024).start();
    api = new SpecClient(mock);
    paid = mock.token(DemoAccounts.PAID);
    other = mock.token(DemoAccounts.OTHER);
    id = api.create(paid);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void bothCredentialFormsWork() {
    assertThat(api.query("GET", "/session/info", paid, id).status()).isEqualTo(200);
    assertThat(api.bearer("GET", "/session/info", paid, id).status()).isEqualTo(200);
    assertThat(api.bearer("POST", "/session/create", paid, null).status()).isEqualTo(200);
  }

  @Test
  void missingCredentialsAre400MissingParameter() {
    SpecClient.Answer none = api.query("GET", "/session/info", null, null);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.code()).isEqualTo("missing_parameter");
    assertThat(api.query("GET", "/session/info", paid, null).code()).isEqualTo("missing_parameter");
    assertThat(api.query("POST", "/session/create", null, null).code()).isEqualTo("missing_parameter");
  }

  @Test
  void credentialsInABodyAreNotCredentials() {
    SpecClient.Answer a = api.send("POST", "/session/info", Map.of(), Map.of(),
        "{\"access_token\":\"" + paid + "\",\"instance_id\":\"" + id + "\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.code()).isEqualTo("missing_parameter");
  }

  @Test
  void aWrongTokenIs401() {
    SpecClient.Answer a = api.query("GET", "/session/info", "not-a-token", id);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.code()).isEqualTo("invalid_access_token");
  }

  @Test
  void anotherAccountsInstanceIsIndistinguishableFromAnUnknownOne() {
    SpecClient.Answer foreign = api.query("GET", "/session/info", other, id);
    SpecClient.Answer unknown = api.query("GET", "/session/info", other, "NOSUCHID0000");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).isEqualTo(unknown.body());
    assertThat(foreign.code()).isEqualTo("invalid_instance");
    // and it cannot act on it either
    assertThat(api.query("POST", "/session/start", other, id).status()).isEqualTo(404);
    assertThat(mock.control().status(id)).isEqualTo("STOPPED");
  }

  @Test
  void invalidValuesAndMalformedJsonAre400InvalidParameter() {
    SpecClient.Answer malformed = api.query("PATCH", "/session/rate-limit", paid, id, "{not json");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("invalid_parameter");
    SpecClient.Answer badSlug = api.query("PATCH", "/session/rate-limit", paid, id, "{\"policy_slug\":\"Not A Slug\"}");
    assertThat(badSlug.status()).isEqualTo(400);
    assertThat(badSlug.code()).isEqualTo("invalid_parameter");
    assertThat(badSlug.body().get("message").asText()).contains("policy_slug");
    SpecClient.Answer unknownSlug = api.query("PATCH", "/session/rate-limit", paid, id, "{\"policy_slug\":\"no_such_policy\"}");
    assertThat(unknownSlug.code()).isEqualTo("invalid_parameter");
    SpecClient.Answer missing = api.query("PATCH", "/session/rate-limit", paid, id, "{}");
    assertThat(missing.status()).isEqualTo(400);
    SpecClient.Answer badUrl = api.query("POST", "/session/webhook", paid, id,
        "{\"webhooks\":[{\"url\":\"ftp://x\",\"events\":[\"session.status\"]}]}");
    assertThat(badUrl.code()).isEqualTo("invalid_parameter");
  }

  @Test
  void anOversizedBodyIs413() {
    String big = "{\"webhooks\":[{\"url\":\"https://example.com/" + "a".repeat(2000) + "\",\"events\":[]}]}";
    SpecClient.Answer a = api.query("POST", "/session/webhook", paid, id, big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.code()).isEqualTo("payload_too_large");
  }

  @Test
  void anOversizedChunkedBodyIs413Too() {
    // No Content-Length to refuse up front: the limit must hold while the body streams in.
    byte[] big = webhookBody(100_000);
    SpecClient.Answer a = api.chunked("POST", "/session/webhook", paid, id, big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.code()).isEqualTo("payload_too_large");
    assertThat(a.header("Connection")).isEqualTo("close");
    // a chunked body within the limit is read as usual
    SpecClient.Answer small = api.chunked("POST", "/session/webhook", paid, id, webhookBody(200));
    assertThat(small.status()).isEqualTo(200);
    assertThat(small.body().get("webhooks").get(0).get("url").asText()).hasSize(200);
  }

  /** A valid webhook list whose one URL is {@code urlLength} characters long. */
  private static byte[] webhookBody(int urlLength) {
    String prefix = "https://example.com/";
    String url = prefix + "a".repeat(urlLength - prefix.length());
    return ("{\"webhooks\":[{\"url\":\"" + url + "\",\"events\":[\"session.status\"]}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void brokenPercentEncodingIs400InvalidParameterNamingWhatIsBroken() {
    SpecClient.Answer query = api.raw("GET", "/session/info", "access_token=%zz&instance_id=" + id);
    assertThat(query.status()).isEqualTo(400);
    assertThat(query.code()).isEqualTo("invalid_parameter");
    assertThat(query.body().get("message").asText()).contains("access_token", "percent-encoding");
    SpecClient.Answer path = api.raw("GET", "/session/%zz", "access_token=" + paid + "&instance_id=" + id);
    assertThat(path.status()).isEqualTo(400);
    assertThat(path.code()).isEqualTo("invalid_parameter");
    assertThat(path.body().get("message").asText()).contains("/session/%zz", "percent-encoding");
    assertThat(api.raw("GET", "/session/info", "access_token=" + paid + "&instance_id=%4").code())
        .isEqualTo("invalid_parameter");
  }

  @Test
  void wellFormedEscapesAreStillDecoded() {
    // every character of the token escaped, and an escaped letter in the path ("%69" is "i")
    String escaped = paid.chars().mapToObj(c -> String.format("%%%02X", c)).collect(java.util.stream.Collectors.joining());
    SpecClient.Answer a = api.raw("GET", "/session/%69nfo", "access_token=" + escaped + "&instance_id=" + id);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("instance_id").asText()).isEqualTo(id);
  }

  @Test
  void anUndocumentedMethodIs405WithAllow() {
    SpecClient.Answer a = api.query("PUT", "/session/start", paid, id);
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.header("Allow")).isEqualTo("GET, POST");
    assertThat(a.code()).isEqualTo("method_not_allowed");
    assertThat(api.query("GET", "/session/delete", paid, id).header("Allow")).isEqualTo("DELETE");
  }

  @Test
  void anUnknownPathIs404() {
    SpecClient.Answer a = api.query("GET", "/session/nothing-here", paid, id);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.code()).isNotBlank();
  }

  @Test
  void theV1BasePathServesTheV1OperationsOnly() {
    SpecClient v1 = api.v1();
    assertThat(v1.query("GET", "/session/info", paid, id).status()).isEqualTo(200);
    assertThat(v1.query("GET", "/session/rate-limit", paid, id).status()).isEqualTo(404);
  }

  @Test
  void aBodyIsReadOnlyWhereTheSpecDeclaresOneAndThenAsExactlyOneJsonValue() {
    // the spec's position: an operation without a body ignores one, whatever it is
    String q = "?access_token=" + paid + "&instance_id=" + id;
    RawHttp.Answer form = RawHttp.send(mock, "POST /v2/session/info" + q + " HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=b");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(api.query("POST", "/session/info", paid, id, "not json at all").status()).isEqualTo(200);
    // where there is one, nothing may follow the JSON value
    SpecClient.Answer trailing = api.query("PATCH", "/session/rate-limit", paid, id, "{\"policy_slug\":\"standard_policy\"}}}}");
    assertThat(trailing.status()).isEqualTo(400);
    assertThat(trailing.code()).isEqualTo("invalid_parameter");
    assertThat(api.query("PATCH", "/session/rate-limit", paid, id, "{\"policy_slug\":\"standard_policy\"} \n").status())
        .isEqualTo(200);
  }
}
