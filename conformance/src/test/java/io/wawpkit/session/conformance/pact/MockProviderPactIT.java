package io.wawpkit.session.conformance.pact;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.control.Plan;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the client's pacts (target/pacts, written by the *PactTest classes in surefire) against
 * the embedded mock. Every state is reachable here: the public API does what it can, the mock's
 * control API does what only a person or the service could (scan, fail) and sets the plans.
 */
@Provider(PactContract.PROVIDER)
@Consumer(PactContract.CONSUMER)
@PactFolder(PactContract.PACT_DIR)
class MockProviderPactIT {
  private static WawpMock mock;
  /** The mock's control API over HTTP: the only way the provider states reach into the mock. */
  private static MockControl control;
  private static ProviderStates states;

  @BeforeAll
  static void startMock() {
    // Short STARTING so that SCAN_QR_CODE states take milliseconds; only 127.0.0.1.
    mock = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(Duration.ofMillis(100)).build().start();
    control = MockControl.over(URI.create(mock.controlUrl()));
    ProviderStates.Backdoor backdoor = new ProviderStates.Backdoor() {
      @Override
      public void scan(String instanceId) {
        applied(control.scan(instanceId), "scan " + instanceId);
      }

      @Override
      public void fail(String instanceId) {
        applied(control.fail(instanceId), "fail " + instanceId);
      }

      @Override
      public void plans() {
        applied(control.setPlan("demo-paid", Plan.PAID), "set the plan of demo-paid");
        applied(control.setPlan("demo-free", Plan.FREE), "set the plan of demo-free");
      }
    };
    states = new ProviderStates(new PublicApi(URI.create(mock.baseUrl()), Duration.ofSeconds(5)),
        mock.token("demo-paid"), mock.token("demo-paid"), mock.token("demo-free"), backdoor, Duration.ofSeconds(5));
  }

  private static void applied(MockControl.MoveResult result, String what) {
    applied(result == MockControl.MoveResult.APPLIED, what + " (" + result + ")");
  }

  private static void applied(boolean done, String what) {
    if (!done) {
      throw new IllegalStateException("the mock's control API did not " + what);
    }
  }

  @AfterAll
  static void stopMock() {
    if (mock != null) {
      mock.close();
    }
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    // Each interaction starts from an empty mock: no state leaks from one interaction into the next.
    control.reset();
    context.setTarget(new RecordingTarget(URI.create(mock.baseUrl()), states::createdByVerification));
    context.withStateChangeHandlers(states);
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void honoursThePact(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
