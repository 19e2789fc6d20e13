package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.Results;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress within a group: a count of checks at most once per tick, and each kind of wait said once. */
class ProgressLinesTest {
  @Test
  void aLongGroupSaysHowManyChecksAreDoneAtMostOncePerTick() {
    long[] now = {0};
    List<String> lines = new ArrayList<>();
    Results results = new Results(lines::add, Duration.ofSeconds(5), () -> now[0]);
    results.enterGroup("lifecycle");
    for (int i = 0; i < 12; i++) {
      now[0] += Duration.ofSeconds(1).toNanos();
      results.pass(SuiteRunner.SPEC.evidence().terminal(), "lifecycle", "getSessionInfo", "check " + i, "", null);
    }
    assertThat(lines).containsExactly("  lifecycle: 5 checks so far", "  lifecycle: 10 checks so far");
  }

  @Test
  void aWaitIsSaidOnce() {
    List<String> lines = new ArrayList<>();
    Results results = new Results(lines::add);
    for (int i = 0; i < 3; i++) {
      results.progressOnce("  waiting up to 10 s for boot (timer) from STARTING (no saved login) to reach SCAN_QR_CODE");
    }
    assertThat(lines).hasSize(1);
  }
}
