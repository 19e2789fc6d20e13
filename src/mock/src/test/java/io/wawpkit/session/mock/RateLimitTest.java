package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void tooManyRequestsPerTokenAre429WithRetryAfter() {
    try (WawpMock mock = WawpMock.builder().rateLimit(5).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      List<SpecClient.Answer> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        answers.add(api.query("GET", "/session/info", token, id));
      }
      SpecClient.Answer limited = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
      assertThat(limited.code()).isEqualTo("rate_limited");
      assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
      // another token has its own budget
      String other = mock.token(DemoAccounts.OTHER);
      assertThat(api.query("POST", "/session/create", other, null).status()).isEqualTo(200);
    }
  }
}
