package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.Positions.Departure;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lenient mock takes the other defensible side at every position on its list, and the strict
 * (default) mock at none. One test per departure, each against both; every answer is still
 * validated against the spec by {@link SpecClient}.
 */
class LenientPositionsTest {
  static WawpMock lenient;
  static WawpMock strict;
  static SpecClient lenientApi;
  static SpecClient strictApi;
  static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

  @BeforeAll
  static void start() {
    lenient = WawpMock.builder().positions(Positions.LENIENT).start();
    strict = WawpMock.builder().start();
    lenientApi = new SpecClient(lenient);
    strictApi = new SpecClient(strict);
  }

  @AfterAll
  static void stop() {
    lenient.close();
    strict.close();
  }

  private static String token(WawpMock mock) {
    return mock.token(DemoAccounts.PAID);
  }

  private static Map<String, String> credentials(WawpMock mock, String id) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("access_token", token(mock));
    q.put("instance_id", id);
    return q;
  }

  @Test
  void theListIsEveryDepartureForLenientAndNoneForStrict() {
    assertThat(Positions.LENIENT.departures()).containsExactlyInAnyOrder(Departure.values());
    assertThat(Positions.STRICT.departures()).isEmpty();
    assertThat(Arrays.stream(Departure.values())).allSatisfy(d -> {
      assertThat(d.position()).isNotBlank();
      assertThat(d.instead()).isNotBlank();
    });
    assertThat(EnumSet.allOf(Departure.class)).hasSize(Departure.values().length);
  }

  @Test
  void credentialsInABody() {
    String lenientId = lenientApi.create(token(lenient));
    String json = "{\"access_token\":\"" + token(lenient) + "\",\"instance_id\":\"" + lenientId + "\"}";
    assertThat(lenientApi.send("POST", "/session/info", Map.of(), Map.of(), json).status()).isEqualTo(200);
    String form = "access_token=" + token(lenient) + "&instance_id=" + lenientId;
    assertThat(lenientApi.send("POST", "/session/stop", Map.of(), FORM, form).status("status")).isEqualTo("STOPPED");

    String strictId = strictApi.create(token(strict));
    String strictJson = "{\"access_token\":\"" + token(strict) + "\",\"instance_id\":\"" + strictId + "\"}";
    SpecClient.Answer refused = strictApi.send("POST", "/session/info", Map.of(), Map.of(), strictJson);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("missing_parameter");
  }

  @Test
  void formBodyParameters() {
    String id = lenientApi.create(token(lenient));
    SpecClient.Answer chosen = lenientApi.send("PATCH", "/session/rate-limit", credentials(lenient, id), FORM,
        "policy_slug=strict");
    assertThat(chosen.body().get("current_policy").asText()).isEqualTo("strict");
    SpecClient.Answer hooks = lenientApi.send("POST", "/session/webhook", credentials(lenient, id), FORM,
        "webhooks=" + java.net.URLEncoder.encode("[{\"url\":\"https://h.example/x\",\"events\":[\"message\"]}]",
            java.nio.charset.StandardCharsets.UTF_8));
    assertThat(hooks.body().at("/webhooks/0/url").asText()).isEqualTo("https://h.example/x");

    String strictId = strictApi.create(token(strict));
    assertThat(strictApi.send("PATCH", "/session/rate-limit", credentials(strict, strictId), FORM, "policy_slug=strict")
        .status()).isEqualTo(400);
  }

  @Test
  void theBodyWins() {
    String id = lenientApi.create(token(lenient));
    Map<String, String> query = credentials(lenient, id);
    query.put("policy_slug", "strict");
    assertThat(lenientApi.send("PATCH", "/session/rate-limit", query, Map.of(), "{\"policy_slug\":\"unlimited\"}")
        .body().get("current_policy").asText()).isEqualTo("unlimited");

    String strictId = strictApi.create(token(strict));
    Map<String, String> strictQuery = credentials(strict, strictId);
    strictQuery.put("policy_slug", "strict");
    assertThat(strictApi.send("PATCH", "/session/rate-limit", strictQuery, Map.of(), "{\"policy_slug\":\"unlimited\"}")
        .body().get("current_policy").asText()).isEqualTo("strict");
  }

  @Test
  void emptyListAsObject() {
    String id = lenientApi.create(token(lenient));
    assertThat(lenientApi.query("GET", "/session/info", token(lenient), id).body().at("/config/webhooks").isObject()).isTrue();
    assertThat(lenientApi.query("GET", "/session/webhook", token(lenient), id).body().get("webhooks").isObject()).isTrue();

    String strictId = strictApi.create(token(strict));
    assertThat(strictApi.query("GET", "/session/webhook", token(strict), strictId).body().get("webhooks").isArray()).isTrue();
  }

  @Test
  void engineAsEmptyArray() {
    String id = lenientApi.create(token(lenient));
    var info = lenientApi.query("GET", "/session/info", token(lenient), id).body();
    assertThat(info.get("status").asText()).isEqualTo("STOPPED");
    assertThat(info.get("engine").isArray()).isTrue();
    assertThat(info.get("engine")).isEmpty();

    String strictId = strictApi.create(token(strict));
    assertThat(strictApi.query("GET", "/session/info", token(strict), strictId).body().get("engine").isObject()).isTrue();
  }

  @Test
  void extraFields() {
    String id = lenientApi.create(token(lenient));
    assertThat(lenientApi.query("GET", "/session/info", token(lenient), id).body().hasNonNull("server_name")).isTrue();
    String strictId = strictApi.create(token(strict));
    assertThat(strictApi.query("GET", "/session/info", token(strict), strictId).body().has("server_name")).isFalse();
  }

  @Test
  void unstatedConstraints() {
    // 21 webhooks: the spec's maxItems is 20, a number the docs never give
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < 21; i++) {
      list.append(i == 0 ? "" : ",").append("{\"url\":\"https://h.example/").append(i).append("\",\"events\":[\"message\"]}");
    }
    String body = "{\"webhooks\":" + list + "]}";
    String id = lenientApi.create(token(lenient));
    assertThat(lenientApi.query("POST", "/session/webhook", token(lenient), id, body).status()).isEqualTo(200);
    // a documented rule still holds: is_active is a boolean or 0/1
    assertThat(lenientApi.query("POST", "/session/webhook", token(lenient), id,
        "{\"webhooks\":[{\"url\":\"https://h.example/x\",\"events\":[\"message\"],\"is_active\":\"yes\"}]}").status()).isEqualTo(400);

    String strictId = strictApi.create(token(strict));
    assertThat(strictApi.query("POST", "/session/webhook", token(strict), strictId, body).status()).isEqualTo(400);
  }

  @Test
  void undocumentedMethodAs404() {
    String id = lenientApi.create(token(lenient));
    SpecClient.Answer put = lenientApi.query("PUT", "/session/info", token(lenient), id);
    assertThat(put.status()).isEqualTo(404);
    assertThat(put.header("Allow")).isNull();

    String strictId = strictApi.create(token(strict));
    SpecClient.Answer strictPut = strictApi.query("PUT", "/session/info", token(strict), strictId);
    assertThat(strictPut.status()).isEqualTo(405);
    assertThat(strictPut.header("Allow")).isNotNull();
  }
}
