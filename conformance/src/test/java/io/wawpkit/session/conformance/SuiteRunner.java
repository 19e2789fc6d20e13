package io.wawpkit.session.conformance;

import io.wawpkit.session.conformance.checks.ExploreChecks;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.Suite;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.WawpSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Starts mocks and runs the suite (through its engine) against them, for the tests. */
final class SuiteRunner {
  static final WawpSpec SPEC = WawpSpec.load();

  private SuiteRunner() {}

  /** A mock with fast timings, executing the given lifecycle model (the spec's when null). */
  static WawpMock mock(LifecycleModel lifecycle) {
    WawpMock.Builder b = WawpMock.builder().host("127.0.0.1").port(0)
        .startingDuration(Duration.ofMillis(300)).qrRotation(Duration.ofSeconds(5));
    if (lifecycle != null) {
      b.lifecycle(lifecycle);
    }
    return b.build().start();
  }

  /** The target as the embedded run sees it: paid account, a free second account, the control API. */
  static Target target(WawpMock mock, String baseUrl) {
    return new Target(URI.create(baseUrl), mock.token("demo-paid"), mock.token("demo-free"), null,
        URI.create(mock.controlUrl()), true, null, true);
  }

  static Run run(Target target, List<CheckGroup> groups) {
    return run(target, groups, false);
  }

  /** With {@code strict}, departures from positions fail (--strict). */
  static Run run(Target target, List<CheckGroup> groups, boolean strict) {
    return new Suite(SPEC, strict).run(target, Profile.ALL, groups, Duration.ofSeconds(10), line -> { });
  }

  static Run runAll(Target target) {
    return runAll(target, false);
  }

  /**
   * Every group of profile all but the exploration, whose random sequences have their own tests
   * (ExplorationFindsBrokenVariantsTest): the tests that count and name the checks of a full run
   * see the same checks every time.
   */
  static Run runAll(Target target, boolean strict) {
    List<CheckGroup> groups = Profile.ALL.groups().stream().filter(g -> !(g instanceof ExploreChecks)).toList();
    return new Suite(SPEC, strict).run(target, Profile.ALL, groups, Duration.ofSeconds(10), line -> { });
  }
}
