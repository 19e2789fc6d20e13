package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.mock.control.Plan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlApiTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> call(WawpMock mock, String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bulkCreateScanFailPlanStateAndReset() throws Exception {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).start()) {
      HttpResponse<String> bulk = call(mock, "POST", "/sessions", "{\"account\":\"demo-paid\",\"count\":1000,\"then\":\"start\"}");
      assertThat(bulk.statusCode()).isEqualTo(200);
      JsonNode created = json.readTree(bulk.body());
      assertThat(created.get("created").asInt()).isEqualTo(1000);
      String id = created.get("instance_ids").get(0).asText();
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(mock.control().status(id)));

      assertThat(call(mock, "POST", "/sessions/" + id + "/scan", null).statusCode()).isEqualTo(200);
      assertThat(mock.control().status(id)).isEqualTo("WORKING");
      assertThat(call(mock, "POST", "/sessions/" + id + "/scan", null).statusCode()).isEqualTo(409);
      assertThat(call(mock, "POST", "/sessions/" + id + "/fail", null).statusCode()).isEqualTo(200);
      assertThat(mock.control().status(id)).isEqualTo("FAILED");
      assertThat(call(mock, "POST", "/sessions/NOPE/fail", null).statusCode()).isEqualTo(404);

      assertThat(call(mock, "PUT", "/accounts/demo-free/plan", "{\"plan\":\"paid\"}").statusCode()).isEqualTo(200);
      JsonNode state = json.readTree(call(mock, "GET", "/state?account=demo-paid", null).body());
      assertThat(state.get("sessions")).hasSize(1000);
      assertThat(state.toString()).contains("\"id\":\"demo-free\"").doesNotContain("demo-free-token");

      assertThat(call(mock, "POST", "/reset", null).statusCode()).isEqualTo(200);
      assertThat(mock.control().sessions(null)).isEmpty();
      assertThat(mock.accounts().stream().filter(a -> a.id().equals("demo-free")).findFirst().orElseThrow().plan()).isEqualTo(Plan.FREE);
      assertThat(call(mock, "GET", "/nothing", null).statusCode()).isEqualTo(404);
    }
  }

  /** Docs: FAILED is "lost auth, device unlinked" yet "restart first": the control API causes either. */
  @Test
  void aFailureKeepsOrDropsTheSavedLoginAsAsked() throws Exception {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token("demo-paid");
      for (String login : new String[] {"keep", "drop"}) {
        String id = api.create(token);
        api.query("POST", "/session/start", token, id);
        Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(mock.control().status(id)));
        assertThat(call(mock, "POST", "/sessions/" + id + "/scan", null).statusCode()).isEqualTo(200);
        HttpResponse<String> failed = call(mock, "POST", "/sessions/" + id + "/fail", "{\"login\":\"" + login + "\"}");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        assertThat(mock.control().status(id)).isEqualTo("FAILED");
        api.query("POST", "/session/restart", token, id);
        String after = login.equals("keep") ? "WORKING" : "SCAN_QR_CODE"; // resume, or boot to a new QR
        Wait.until(after + " after restart", Duration.ofSeconds(5), () -> after.equals(mock.control().status(id)));
      }
      String id = api.create(token);
      assertThat(call(mock, "POST", "/sessions/" + id + "/fail", "{\"login\":\"maybe\"}").statusCode()).isEqualTo(400);
    }
  }

  @Test
  void theTempLinkPageShowsTheQr() throws Exception {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(10)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token("demo-free");
      String id = api.create(token);
      api.query("POST", "/session/start", token, id);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(mock.control().status(id)));
      String link = api.query("POST", "/session/temp-link", token, id).body().get("link").asText();
      HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("image/png");
      api.query("DELETE", "/session/temp-link", token, id);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void bulkCreateIsBoundedAndAllOrNothing() throws Exception {
    try (WawpMock mock = WawpMock.builder().start()) {
      for (String count : new String[] {"1000000", "100001", "0", "-1", "1e9", "\"many\"", "4294967297"}) {
        HttpResponse<String> r = call(mock, "POST", "/sessions", "{\"account\":\"demo-paid\",\"count\":" + count + "}");
        assertThat(r.statusCode()).as(count).isEqualTo(400);
        assertThat(json.readTree(r.body()).path("message").asText()).contains("100000");
      }
      assertThat(mock.control().sessions(null)).isEmpty();
      assertThat(call(mock, "GET", "/state", null).statusCode()).isEqualTo(200);
      // an unknown follow-up action is refused before anything is made
      assertThat(call(mock, "POST", "/sessions", "{\"account\":\"demo-paid\",\"count\":5,\"then\":\"dance\"}").statusCode())
          .isEqualTo(400);
      assertThat(mock.control().sessions(null)).isEmpty();
    }
  }
}
