package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.client.errors.ServerErrorException;
import io.wawpkit.session.client.errors.TransportException;
import io.wawpkit.session.client.errors.UnauthorizedException;
import io.wawpkit.session.client.retry.RetryPolicy;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Only operations the spec marks x-wawp-safe-to-repeat are retried, on 429/502/503/504 and
 * transport failures, honouring Retry-After; 401/403 are never sent twice.
 */
class RetriesFollowTheSpecTest {
  static final String UNAVAILABLE = "{\"code\":\"service_unavailable\",\"message\":\"Maintenance.\"}";

  @Test
  void aSafeReadIsRetriedOn503HonouringRetryAfter() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1")
          .setHeader("Content-Type", "application/json").setBody(UNAVAILABLE));
      api.json(200, LocalApi.INFO_WORKING);
      long start = System.nanoTime();
      assertThat(client.instance(LocalApi.INSTANCE).info().getName()).isEqualTo("wawp-84729105");
      long waitedMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(api.requests()).isEqualTo(2);
      // Retry-After: 1 was honoured instead of the 10 ms backoff.
      assertThat(waitedMs).isGreaterThanOrEqualTo(900);
    }
  }

  @Test
  void postInfoOnlyReadsSoItIsRetried() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(502, UNAVAILABLE).json(200, LocalApi.INFO_WORKING);
      client.instance(LocalApi.INSTANCE).infoApi().getSessionInfoByPost();
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void startIsNeverRetriedEvenOnGet() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(503, UNAVAILABLE).json(503, UNAVAILABLE).json(200, LocalApi.INFO_WORKING);
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).lifecycleApi().startSessionByGet())
          .isInstanceOf(ServerErrorException.class);
      assertThat(api.requests()).isEqualTo(1);
    }
  }

  @Test
  void createIsNeverRetried() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(504, UNAVAILABLE).json(200, "{\"instance_id\":\"X1\"}");
      assertThatThrownBy(client::create).isInstanceOf(ServerErrorException.class);
      assertThat(api.requests()).isEqualTo(1);
    }
  }

  @Test
  void unauthorizedIsSentOnce() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(401, "{\"code\":\"invalid_access_token\",\"message\":\"No.\"}").json(200, LocalApi.INFO_WORKING);
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).info()).isInstanceOf(UnauthorizedException.class);
      assertThat(api.requests()).isEqualTo(1);
    }
  }

  @Test
  void forbiddenIsSentOnceEvenForASafeRead() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(403, "{\"code\":\"subscription_required\",\"message\":\"Paid plans only.\"}")
          .json(200, "{\"webhooks\":[]}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).webhooks()).isInstanceOf(PlanLimitException.class);
      assertThat(api.requests()).isEqualTo(1);
    }
  }

  @Test
  void retriesAreBounded() throws Exception {
    try (LocalApi api = new LocalApi();
        WawpClient client = api.clientBuilder()
            .retryPolicy(RetryPolicy.builder().maxRetries(2).backoff(Duration.ofMillis(5), Duration.ofMillis(10)).build())
            .build()) {
      for (int i = 0; i < 5; i++) {
        api.json(503, UNAVAILABLE);
      }
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).info()).isInstanceOf(ServerErrorException.class);
      assertThat(api.requests()).isEqualTo(3);
    }
  }

  @Test
  void aRetryAfterLongerThanTheCapEndsTheRetries() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600")
          .setHeader("Content-Type", "application/json").setBody("{\"code\":\"rate_limited\",\"message\":\"Later.\"}"));
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).info()).hasMessageContaining("429");
      assertThat(api.requests()).isEqualTo(1);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
    }
  }

  @Test
  void aDroppedConnectionIsRetriedForASafeOperation() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      api.json(200, "{\"id\":null,\"pushName\":null,\"platform\":null}");
      assertThat(client.instance(LocalApi.INSTANCE).me().getId()).isNull();
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void aDroppedConnectionOnAnUnsafeOperationIsReportedNotRetried() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      api.json(200, LocalApi.INFO_WORKING);
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).restart())
          .isInstanceOf(TransportException.class)
          .hasMessageStartingWith("restartSession: ")
          .hasMessageNotContaining(LocalApi.TOKEN);
      assertThat(api.requests()).isEqualTo(1);
    }
  }
}
