package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.mock.control.JournalEntry;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The mock keeps the last N requests it answered, and prints a line per request when asked: secrets masked. */
class RequestJournalTest {
  static final String HMAC_KEY = "hmac-k3y-for-the-journal";
  static final String HEADER_SECRET = "their-api-k3y-in-a-header";

  @Test
  void eachAnsweredRequestIsKeptWithItsSecretsMasked() {
    List<String> console = new CopyOnWriteArrayList<>();
    try (WawpMock mock = WawpMock.builder().console(console::add).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      api.query("POST", "/session/webhook", token, id, "{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"message\"],"
          + "\"hmac\":{\"key\":\"" + HMAC_KEY + "\"},\"customHeaders\":[{\"name\":\"X-Api-Key\",\"value\":\"" + HEADER_SECRET + "\"}]}]}");
      api.bearer("GET", "/session/info", token, id);

      List<JournalEntry> entries = mock.control().requests();
      assertThat(entries).extracting(JournalEntry::operationId)
          .containsExactly("createSession", "setWebhooks", "getSessionInfo");
      JournalEntry set = entries.get(1);
      assertThat(set.method()).isEqualTo("POST");
      assertThat(set.path()).isEqualTo("/v2/session/webhook");
      assertThat(set.status()).isEqualTo(200);
      assertThat(set.query()).contains("instance_id=" + id).doesNotContain(token);
      assertThat(set.body()).contains("X-Api-Key", "https://h.example/x").doesNotContain(HMAC_KEY, HEADER_SECRET);
      assertThat(entries.toString()).doesNotContain(token, HMAC_KEY, HEADER_SECRET);
      assertThat(console).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain(token));
      assertThat(console.get(1)).startsWith("POST /v2/session/webhook?").contains("-> 200");
    }
  }

  @Test
  void itKeepsOnlyTheLastRequests() {
    try (WawpMock mock = WawpMock.builder().journalSize(3).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      for (int i = 0; i < 4; i++) {
        api.query("GET", "/session/info", token, id);
      }
      api.query("GET", "/session/me", token, id);
      assertThat(mock.control().requests()).extracting(JournalEntry::operationId)
          .containsExactly("getSessionInfo", "getSessionInfo", "getSessionMe");
    }
  }

  @Test
  void theControlApiServesAndClearsIt() throws Exception {
    try (WawpMock mock = WawpMock.builder().start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      api.create(token);
      api.query("GET", "/session/info", token, "NO-SUCH-ID");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + "/requests")).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode requests = new ObjectMapper().readTree(read.body()).get("requests");
      assertThat(requests).hasSize(2);
      assertThat(requests.get(1).get("status").asInt()).isEqualTo(404);
      assertThat(read.body()).doesNotContain(token);
      HttpResponse<String> cleared = http.send(HttpRequest.newBuilder(URI.create(mock.controlUrl() + "/requests"))
          .header("Content-Type", "application/json").DELETE().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(cleared.statusCode()).isEqualTo(200);
      assertThat(mock.control().requests()).isEmpty();
    }
  }
}
