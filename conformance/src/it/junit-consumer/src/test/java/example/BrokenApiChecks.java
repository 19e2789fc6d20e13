package example;

import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.junit.WawpConformance;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.Fault;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite's shape checks of one operation against a mock that answers it with a 500: run by
 * AFailingCheckTest through the JUnit Platform, not by Surefire (its name is not a test's).
 */
class BrokenApiChecks {
  static WawpMock mock;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().host("127.0.0.1").port(0).build().start();
    mock.control().injectFault(Fault.status("getRateLimit", 500, null));
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @TestFactory
  Stream<DynamicTest> brokenApi() {
    return WawpConformance.against(mock.baseUrl(), mock.token("demo-paid"))
        .profile(Profile.SHAPE)
        .include("getRateLimit")
        .tests();
  }
}
