package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request parameters are accepted where the docs put them (the query string) and, as the spec's
 * stated position, in a JSON body; the query string wins when both carry one. Every answer is
 * validated against the spec by {@link SpecClient}.
 */
class RequestParameterFormsTest {
  static WawpMock mock;
  static SpecClient api;
  static String paid;
  static String free;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().start();
    api = new SpecClient(mock);
    paid = mock.token(DemoAccounts.PAID);
    free = mock.token(DemoAccounts.FREE);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static Map<String, String> query(String token, String id, String... pairs) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("access_token", token);
    q.put("instance_id", id);
    for (int i = 0; i < pairs.length; i += 2) {
      q.put(pairs[i], pairs[i + 1]);
    }
    return q;
  }

  @Test
  void thePolicySlugIsTakenFromTheQueryStringAsDocumented() {
    String id = api.create(paid);
    SpecClient.Answer a = api.send("PATCH", "/session/rate-limit", query(paid, id, "policy_slug", "strict"), Map.of(), null);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("current_policy").asText()).isEqualTo("strict");
  }

  @Test
  void thePolicySlugInAJsonBodyIsAcceptedTooAndTheQueryWins() {
    String id = api.create(paid);
    assertThat(api.query("PATCH", "/session/rate-limit", paid, id, "{\"policy_slug\":\"unlimited\"}")
        .body().get("current_policy").asText()).isEqualTo("unlimited");
    SpecClient.Answer both = api.send("PATCH", "/session/rate-limit", query(paid, id, "policy_slug", "strict"), Map.of(),
        "{\"policy_slug\":\"high_throughput\"}");
    assertThat(both.body().get("current_policy").asText()).isEqualTo("strict");
  }

  @Test
  void aPolicySlugInNeitherPlaceIsAMissingParameter() {
    String id = api.create(paid);
    SpecClient.Answer none = api.query("PATCH", "/session/rate-limit", paid, id);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.code()).isEqualTo("missing_parameter");
    assertThat(api.query("PATCH", "/session/rate-limit", paid, id, "{}").code()).isEqualTo("missing_parameter");
  }

  @Test
  void theWebhookListIsTakenFromTheQueryStringAsUrlEncodedJson() {
    String id = api.create(paid);
    String documented = "[{\"url\": \"https://my-app.com/webhook\", \"events\": [\"message\", \"message.ack\"], \"is_active\": 1}]";
    SpecClient.Answer a = api.send("POST", "/session/webhook", query(paid, id, "webhooks", documented), Map.of(), null);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().at("/webhooks/0/url").asText()).isEqualTo("https://my-app.com/webhook");
    assertThat(api.query("GET", "/session/webhook", paid, id).body().at("/webhooks/0/events/1").asText())
        .isEqualTo("message.ack");
  }

  @Test
  void theWebhookListInTheQueryWinsOverTheBodyAndIsValidatedAsTheBodyWouldBe() {
    String id = api.create(paid);
    SpecClient.Answer both = api.send("POST", "/session/webhook", query(paid, id, "webhooks", "[]"), Map.of(),
        "{\"webhooks\":[{\"url\":\"https://body.example/hook\",\"events\":[\"message\"]}]}");
    assertThat(both.status()).isEqualTo(200);
    assertThat(both.body().get("webhooks").size()).isZero();
    SpecClient.Answer notJson = api.send("POST", "/session/webhook", query(paid, id, "webhooks", "[{"), Map.of(), null);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.code()).isEqualTo("invalid_parameter");
    SpecClient.Answer noUrl = api.send("POST", "/session/webhook", query(paid, id, "webhooks", "[{\"events\":[\"message\"]}]"),
        Map.of(), null);
    assertThat(noUrl.status()).isEqualTo(400);
  }

  @Test
  void freeAccountsGet403OnWebhooksWhateverTheySend() {
    String id = api.create(free);
    assertThat(api.query("POST", "/session/webhook", free, id, "{\"webhooks\":\"not a list\"}").code())
        .isEqualTo("subscription_required");
    assertThat(api.query("POST", "/session/webhook", free, id).code()).isEqualTo("subscription_required");
    assertThat(api.send("POST", "/session/webhook", query(free, id, "webhooks", "[{"), Map.of(), null).code())
        .isEqualTo("subscription_required");
    assertThat(api.query("GET", "/session/webhook", free, id).status()).isEqualTo(403);
  }

  @Test
  void theSystemWebhookIsAnObjectAndAnEmptyListReads() {
    String id = api.create(paid);
    SpecClient.Answer settings = api.query("GET", "/session/webhook", paid, id);
    assertThat(settings.body().get("systemConfig").isObject()).isTrue();
    assertThat(settings.body().get("systemConfig").hasNonNull("url")).isTrue();
  }

  @Test
  void paidAccountsHaveAHighThroughputAndAnUnlimitedPolicyThatFreeAccountsAreRefused() {
    String freeId = api.create(free);
    String paidId = api.create(paid);
    for (String slug : new String[] {"high_throughput", "unlimited"}) {
      SpecClient.Answer refused = api.send("PATCH", "/session/rate-limit", query(free, freeId, "policy_slug", slug), Map.of(), null);
      assertThat(refused.code()).as(slug).isEqualTo("subscription_required");
      SpecClient.Answer chosen = api.send("PATCH", "/session/rate-limit", query(paid, paidId, "policy_slug", slug), Map.of(), null);
      assertThat(chosen.body().get("current_policy").asText()).as(slug).isEqualTo(slug);
    }
  }

  @Test
  void queryCredentialsWinOverHeadersForCreateAndForInstanceOperations() {
    String other = mock.token(DemoAccounts.OTHER);
    Map<String, String> headers = Map.of("Authorization", "Bearer " + other);
    SpecClient.Answer created = api.send("POST", "/session/create", Map.of("access_token", paid), headers, null);
    String id = created.body().get("instance_id").asText();
    assertThat(api.query("GET", "/session/info", paid, id).status()).as("created for the query token's account").isEqualTo(200);
    String otherId = api.create(other);
    Map<String, String> bothForms = Map.of("Authorization", "Bearer " + other, "X-Instance-ID", otherId);
    assertThat(api.send("GET", "/session/info", query(paid, id), bothForms, null).body().get("instance_id").asText())
        .isEqualTo(id);
  }
}
