package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.spec.SpecCache;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.mock.control.Plan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TempLinkAndPlanTest {
  static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-23T18:00:00Z"));
  static WawpMock mock;
  static SpecClient api;

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return NOW.get();
    }
  }

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().clock(new HandClock()).instanceQuota(3).start();
    api = new SpecClient(mock);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.control().reset();
  }

  @Test
  void tempLinksLastThirtyMinutesAndANewOneExpiresTheOld() {
    String token = mock.token(DemoAccounts.FREE);
    String id = api.create(token);
    assertThat(api.query("GET", "/session/temp-link", token, id).body().get("link").isNull()).isTrue();

    SpecClient.Answer first = api.query("POST", "/session/temp-link", token, id);
    String link = first.body().get("link").asText();
    assertThat(link).matches("https?://.+/temp-qr/[A-Za-z0-9]{64}");
    // the lifetime is the spec's (temp-link-lifetime), which documents 30 minutes
    Duration lifetime = SpecCache.spec().tempLinkLifetime();
    assertThat(lifetime).isEqualTo(Duration.ofMinutes(30));
    assertThat(Instant.parse(first.body().get("expires_at").asText())).isEqualTo(NOW.get().plus(lifetime));
    assertThat(api.query("GET", "/session/temp-link", token, id).body().get("link").asText()).isEqualTo(link);

    String second = api.query("POST", "/session/temp-link", token, id).body().get("link").asText();
    assertThat(second).isNotEqualTo(link);
    assertThat(api.query("GET", "/session/temp-link", token, id).body().get("link").asText()).isEqualTo(second);

    NOW.updateAndGet(t -> t.plus(Duration.ofMinutes(31)));
    assertThat(api.query("GET", "/session/temp-link", token, id).body().get("link").isNull()).isTrue();
    assertThat(api.query("DELETE", "/session/temp-link", token, id).body().get("revoked").asInt()).isZero();

    api.query("POST", "/session/temp-link", token, id);
    assertThat(api.query("DELETE", "/session/temp-link", token, id).body().get("revoked").asInt()).isEqualTo(1);
    assertThat(api.query("GET", "/session/temp-link", token, id).body().get("link").isNull()).isTrue();
  }

  @Test
  void webhooksArePaidOnly() {
    String free = mock.token(DemoAccounts.FREE);
    String id = api.create(free);
    SpecClient.Answer denied = api.query("GET", "/session/webhook", free, id);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.code()).isEqualTo("subscription_required");
    assertThat(api.query("POST", "/session/webhook", free, id, "{\"webhooks\":[]}").code()).isEqualTo("subscription_required");

    mock.control().setPlan(DemoAccounts.FREE, Plan.PAID);
    assertThat(api.query("GET", "/session/webhook", free, id).status()).isEqualTo(200);
    assertThat(api.query("GET", "/session/rate-limit", free, id).body().get("has_active_plan").asBoolean()).isTrue();
  }

  @Test
  void freeAccountsChooseFreePoliciesOnlyAndTheChoiceSurvivesTheLifecycle() {
    String free = mock.token(DemoAccounts.FREE);
    String id = api.create(free);
    SpecClient.Answer settings = api.query("GET", "/session/rate-limit", free, id);
    assertThat(settings.body().get("has_active_plan").asBoolean()).isFalse();
    assertThat(settings.body().get("free_policies").toString()).contains("strict", "standard_policy");

    SpecClient.Answer paidOnly = api.query("PATCH", "/session/rate-limit", free, id, "{\"policy_slug\":\"high_throughput\"}");
    assertThat(paidOnly.status()).isEqualTo(403);
    assertThat(paidOnly.code()).isEqualTo("subscription_required");

    SpecClient.Answer chosen = api.query("PATCH", "/session/rate-limit", free, id, "{\"policy_slug\":\"strict\"}");
    assertThat(chosen.body().get("current_policy").asText()).isEqualTo("strict");
    api.query("POST", "/session/start", free, id);
    api.query("POST", "/session/restart", free, id);
    api.query("POST", "/session/logout", free, id);
    api.query("POST", "/session/stop", free, id);
    assertThat(api.query("GET", "/session/rate-limit", free, id).body().get("current_policy").asText()).isEqualTo("strict");

    String paid = mock.token(DemoAccounts.PAID);
    String paidId = api.create(paid);
    assertThat(api.query("PATCH", "/session/rate-limit", paid, paidId, "{\"policy_slug\":\"high_throughput\"}").status()).isEqualTo(200);
  }

  @Test
  void theInstanceQuotaAnswersCreateWith403() {
    String token = mock.token(DemoAccounts.OTHER);
    for (int i = 0; i < 3; i++) {
      api.create(token);
    }
    SpecClient.Answer full = api.query("POST", "/session/create", token, null);
    assertThat(full.status()).isEqualTo(403);
    assertThat(full.code()).isEqualTo("instance_limit_reached");
    // deleting one makes room again
    String id = mock.control().sessions(DemoAccounts.OTHER).get(0).instanceId();
    api.query("DELETE", "/session/delete", token, id);
    assertThat(api.query("POST", "/session/create", token, null).status()).isEqualTo(200);
  }
}
