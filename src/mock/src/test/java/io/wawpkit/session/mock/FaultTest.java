package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.mock.control.Fault;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultTest {
  static WawpMock mock;
  static SpecClient api;
  static String token;
  static String id;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().start();
    api = new SpecClient(mock);
    token = mock.token(DemoAccounts.PAID);
    id = api.create(token);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @AfterEach
  void clear() {
    mock.control().clearFaults();
  }

  @Test
  void aStatusFaultAnswersTheSpecsErrorForNCallsThenStops() {
    mock.control().injectFault(Fault.status("getSessionInfo", 503, 2));
    SpecClient.Answer first = api.query("GET", "/session/info", token, id);
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.code()).isEqualTo("service_unavailable");
    assertThat(first.header("Retry-After")).isEqualTo("1");
    assertThat(api.query("GET", "/session/info", token, id).status()).isEqualTo(503);
    assertThat(api.query("GET", "/session/info", token, id).status()).isEqualTo(200);
    // another operation on the same path is not affected
    mock.control().injectFault(Fault.status("getSessionInfo", 502, null));
    assertThat(api.query("POST", "/session/info", token, id).status()).isEqualTo(200);
    assertThat(api.query("GET", "/session/info", token, id).code()).isEqualTo("wawp_upstream_error");
    assertThat(api.query("GET", "/session/info", token, id).status()).isEqualTo(502);
  }

  @Test
  void latencyDelaysTheRealAnswer() {
    mock.control().injectFault(Fault.latency("getSessionMe", 300, 1));
    long t0 = System.nanoTime();
    SpecClient.Answer a = api.query("GET", "/session/me", token, id);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(a.status()).isEqualTo(200);
    assertThat(millis).isGreaterThanOrEqualTo(290);
  }

  @Test
  void aDroppedConnectionGetsNoAnswer() {
    // POST: the JDK client silently retries an idempotent GET once on a closed connection
    mock.control().injectFault(Fault.drop("*", 1));
    assertThatThrownBy(() -> api.query("POST", "/session/info", token, id)).isInstanceOf(UncheckedIOException.class);
    assertThat(api.query("GET", "/session/info", token, id).status()).isEqualTo(200);
  }

  @Test
  void theControlApiInjectsAndClearsFaultsOverHttp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + "/faults"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"operation\":\"startSession\",\"status\":500}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(api.query("POST", "/session/start", token, id).code()).isEqualTo("internal_error");
    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + "/faults"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"operation\":\"noSuchOperation\",\"status\":500}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + "/faults"))
        .header("Content-Type", "application/json").DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(api.query("POST", "/session/start", token, id).status()).isEqualTo(200);
  }
}
