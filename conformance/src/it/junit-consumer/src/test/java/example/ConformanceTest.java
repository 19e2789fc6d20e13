package example;

import io.wawpkit.session.conformance.junit.WawpConformance;
import io.wawpkit.session.mock.junit.WawpMockExtension;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conformance suite's checks as tests of this build: one dynamic test per check. */
class ConformanceTest {
  /** A mock for this class, whose simulated person scans each QR 2 s after it shows. */
  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.with(mock -> mock
      .startingDuration(Duration.ofMillis(300))
      .autoScanAfter(Duration.ofSeconds(2)));

  /** Every group against the toolkit's mock, started for the run and driven through its control API. */
  @TestFactory
  Stream<DynamicTest> theEmbeddedMock() {
    return WawpConformance.againstEmbeddedMock().tests();
  }

  /**
   * An API by base URL and token, as a live one is checked: here the mock above; in CI, yours, such
   * as System.getenv("WAWP_BASE_URL") and System.getenv("WAWP_ACCESS_TOKEN").
   */
  @TestFactory
  Stream<DynamicTest> anApiByUrlAndToken() {
    return WawpConformance.against(WAWP.baseUrl(), WAWP.paidToken())
        .otherAccessToken(WAWP.freeToken())
        .awaitScan(Duration.ofSeconds(10))
        .strict()
        .failOnSkip()
        .tests();
  }
}
