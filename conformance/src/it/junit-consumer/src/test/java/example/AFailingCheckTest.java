package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/** A check that fails is a failing test whose message carries the reports' evidence, masked. */
class AFailingCheckTest {
  record Ended(String name, TestExecutionResult result) {}

  @Test
  void aFailingCheckIsAFailingTestWithItsEvidence() {
    List<Ended> tests = new ArrayList<>();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(BrokenApiChecks.class)).build(), new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              tests.add(new Ended(id.getDisplayName(), result));
            }
          }
        });
    List<Ended> failed = tests.stream().filter(t -> t.result().getStatus() == TestExecutionResult.Status.FAILED).toList();
    // The 500 fails the operation's shape check and the rule that no answer is a 5xx; then the verdict.
    assertEquals(3, failed.size(), "two failing checks and the verdict: " + tests);

    Ended check = failed.get(0);
    assertTrue(check.name().startsWith("shape / getRateLimit / "), check.name());
    Throwable thrown = check.result().getThrowable().orElseThrow();
    assertInstanceOf(AssertionFailedError.class, thrown);
    String message = thrown.getMessage();
    System.out.println("What the failing test says:\n" + message);
    for (String evidence : new String[] {"expected: ", "actual:   ", "basis:    documented", "request:  GET /v2/session/rate-limit",
        "access_token=****", "answer:   500"}) {
      assertTrue(message.contains(evidence), "has '" + evidence + "': " + message);
    }
    assertFalse(message.contains("demo-paid-token"), "the token is masked: " + message);

    Ended verdict = failed.get(2);
    assertTrue(verdict.name().startsWith("conformance: ") && verdict.name().contains("NOT conformant"), verdict.name());
    assertTrue(verdict.result().getThrowable().orElseThrow().getMessage().contains("- " + check.name()));
  }
}
