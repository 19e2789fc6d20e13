package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The secret scan finds what it is there to find, and names no secret while doing so. */
class PactSecretScanTest {
  private static String pact(String query, String authorization) {
    return """
        {"interactions": [{"description": "d", "request": {"method": "GET", "path": "/session/info",
          %s "headers": {"Authorization": ["%s"]}}}]}
        """.formatted(query, authorization);
  }

  @Test
  void aCleanPactHasNoFinding() {
    assertThat(PactSecretScan.findings(pact("", "Bearer " + PactContract.EXAMPLE_TOKEN), List.of("real-token-123")))
        .isEmpty();
  }

  @Test
  void aQueryStringTokenIsFound() {
    String leaky = pact("\"query\": {\"access_token\": [\"real-token-123\"]},", "Bearer " + PactContract.EXAMPLE_TOKEN);
    assertThat(PactSecretScan.findings(leaky, List.of("real-token-123")))
        .hasSize(2)
        .noneSatisfy(f -> assertThat(f).contains("real-token-123"));
  }

  @Test
  void aTokenInARawQueryStringIsFound() {
    assertThat(PactSecretScan.findings(
        pact("\"query\": \"instance_id=1&access_token=x\",", "Bearer " + PactContract.EXAMPLE_TOKEN), List.of()))
        .singleElement().satisfies(f -> assertThat(f).contains("access_token"));
  }

  @Test
  void theErrorCodeInvalidAccessTokenIsNoSecret() {
    String pact = """
        {"interactions": [{"description": "d", "request": {"method": "GET", "path": "/session/info"},
          "response": {"status": 401, "body": {"content": {"code": "invalid_access_token"}}}}]}
        """;
    assertThat(PactSecretScan.findings(pact, List.of("real-token-123"))).isEmpty();
  }

  @Test
  void aRealBearerTokenIsFoundEvenWhenNotKnown() {
    assertThat(PactSecretScan.findings(pact("", "Bearer some-real-token"), List.of()))
        .singleElement().satisfies(f -> assertThat(f).contains("Authorization").doesNotContain("some-real-token"));
  }
}
