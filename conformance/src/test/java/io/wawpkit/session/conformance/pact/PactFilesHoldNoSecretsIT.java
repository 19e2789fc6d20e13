package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.WawpMock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No real token in the written pact files: not the mock's demo tokens, not a token given for
 * another target, no access_token anywhere, no Authorization but the fake example ones.
 */
class PactFilesHoldNoSecretsIT {

  @Test
  void thePactFilesHoldOnlyTheFakeExampleTokens() {
    List<String> secrets = new ArrayList<>();
    // The demo tokens as the mock hands them out (read from a running mock, not restated).
    try (WawpMock mock = WawpMock.builder().host("127.0.0.1").port(0).build().start()) {
      for (String account : List.of("demo-paid", "demo-free", "demo-other")) {
        secrets.add(mock.token(account));
      }
    }
    secrets.add(System.getProperty("pact.verifier.token"));
    secrets.add(System.getProperty("pact.verifier.freeToken"));
    List<String> findings = new ArrayList<>();
    for (Path file : PactFiles.written()) {
      PactSecretScan.findings(PactFiles.text(file), secrets).forEach(f -> findings.add(file.getFileName() + ": " + f));
    }
    assertThat(findings).isEmpty();
  }
}
