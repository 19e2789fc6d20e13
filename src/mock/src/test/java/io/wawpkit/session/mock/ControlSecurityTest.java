package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the control API accepts, and what a web page, a rebound DNS name or a proxy-dodging path cannot do. */
class ControlSecurityTest {
  private static final String JSON = "Content-Type: application/json";
  static WawpMock mock;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void oneSession() {
    mock.control().reset();
    mock.control().bulkCreate(DemoAccounts.PAID, 1, null);
  }

  private static boolean sessionSurvived() {
    return mock.control().sessions(null).size() == 1;
  }

  @Test
  void aWebPageCannotChangeState() {
    // what a page's fetch() or form may send without a preflight: an Origin, a "simple" content type
    RawHttp.Answer crossOrigin = RawHttp.request(mock, "POST /_mock/reset HTTP/1.1",
        "Origin: http://evil.example", "Content-Type: text/plain", "Content-Length: 0");
    assertThat(crossOrigin.status()).isEqualTo(403);
    assertThat(crossOrigin.body()).contains("\"code\":\"cross_origin_refused\"");
    assertThat(RawHttp.request(mock, "POST /_mock/faults HTTP/1.1", "Origin: http://evil.example", JSON,
        "Content-Length: 0").status()).isEqualTo(403);
    RawHttp.Answer plain = RawHttp.request(mock, "POST /_mock/reset HTTP/1.1", "Content-Type: text/plain", "Content-Length: 0");
    assertThat(plain.status()).isEqualTo(415);
    assertThat(plain.head()).containsIgnoringCase("Content-Type: application/json");
    assertThat(RawHttp.request(mock, "POST /_mock/reset HTTP/1.1", "Content-Length: 0").status()).isEqualTo(415);
    assertThat(sessionSurvived()).isTrue();

    assertThat(RawHttp.request(mock, "POST /_mock/reset HTTP/1.1", JSON, "Content-Length: 0").status()).isEqualTo(200);
    assertThat(mock.control().sessions(null)).isEmpty();
  }

  @Test
  void onLoopbackOnlyLoopbackHostNamesAreAnswered() {
    for (String host : new String[] {"attacker.example:" + mock.port(), "attacker.example", "127.0.0.1:1", "127.0.0.2:" + mock.port()}) {
      RawHttp.Answer a = RawHttp.request(mock, "POST /_mock/reset HTTP/1.1", "Host: " + host, JSON, "Content-Length: 0");
      assertThat(a.status()).as(host).isEqualTo(403);
      assertThat(a.body()).contains("host_not_allowed");
    }
    assertThat(RawHttp.request(mock, "GET /_mock/state HTTP/1.1", "Host: attacker.example:" + mock.port()).status()).isEqualTo(403);
    assertThat(sessionSurvived()).isTrue();
    for (String host : new String[] {"localhost:" + mock.port(), "LOCALHOST:" + mock.port(), "127.0.0.1:" + mock.port(),
        "[::1]:" + mock.port(), "127.0.0.1"}) {
      assertThat(RawHttp.request(mock, "GET /_mock/health HTTP/1.1", "Host: " + host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void controlPathsMustBeWrittenPlainly() {
    for (String path : new String[] {"/%5fmock/reset", "/%5Fmock/reset", "/_mock;x=1/reset", "/_mock/reset;x=1", "/_mock/%72eset"}) {
      RawHttp.Answer a = RawHttp.request(mock, "POST " + path + " HTTP/1.1", JSON, "Content-Length: 0");
      assertThat(a.status()).as(path).isEqualTo(400);
      assertThat(a.body()).as(path).contains("invalid_path");
    }
    assertThat(sessionSurvived()).isTrue();
  }

  @Test
  void aControlTokenOnceSetIsNeededForEveryCallButTheQrPage() throws Exception {
    try (WawpMock guarded = WawpMock.builder().controlToken("s3cret-control").startingDuration(Duration.ofMillis(10)).start()) {
      assertThat(RawHttp.request(guarded, "GET /_mock/health HTTP/1.1").status()).isEqualTo(401);
      assertThat(RawHttp.request(guarded, "GET /_mock/state HTTP/1.1", "Authorization: Bearer wrong").status()).isEqualTo(401);
      RawHttp.Answer ok = RawHttp.request(guarded, "POST /_mock/reset HTTP/1.1", "Authorization: Bearer s3cret-control",
          JSON, "Content-Length: 0");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.body()).doesNotContain("s3cret-control");

      // the temporary-link page stays open: a phone opens it
      SpecClient api = new SpecClient(guarded);
      String token = guarded.token(DemoAccounts.PAID);
      String id = api.create(token);
      api.query("POST", "/session/start", token, id);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(guarded.control().status(id)));
      String link = api.query("POST", "/session/temp-link", token, id).body().get("link").asText();
      String path = java.net.URI.create(link).getRawPath();
      assertThat(RawHttp.request(guarded, "GET " + path + " HTTP/1.1", "Host: phone.example").status()).isEqualTo(200);
    }
  }

  @Test
  void beyondLoopbackATokenIsGeneratedUnlessGiven() {
    assertThat(WawpMock.controlTokenFor(true, null)).isNull();
    assertThat(WawpMock.controlTokenFor(true, "given")).isEqualTo("given");
    assertThat(WawpMock.controlTokenFor(false, "given")).isEqualTo("given");
    String generated = WawpMock.controlTokenFor(false, null);
    assertThat(generated).hasSize(32).isNotEqualTo(WawpMock.controlTokenFor(false, null));
    assertThat(io.wawpkit.session.mock.internal.control.ControlTokens.isLoopback("0.0.0.0")).isFalse();
    assertThat(io.wawpkit.session.mock.internal.control.ControlTokens.isLoopback("127.0.0.1")).isTrue();
    assertThat(WawpMock.builder().controlToken("s3cret-control").build().settings().toString()).doesNotContain("s3cret");
  }

  @Test
  void errorsHaveTheErrorShape() throws Exception {
    RawHttp.Answer a = RawHttp.request(mock, "POST /_mock/reset HTTP/1.1", "Content-Length: 0");
    var json = new ObjectMapper().readTree(a.body());
    assertThat(json.path("code").asText()).isEqualTo("json_required");
    assertThat(json.path("data").path("status").asInt()).isEqualTo(415);
  }
}
