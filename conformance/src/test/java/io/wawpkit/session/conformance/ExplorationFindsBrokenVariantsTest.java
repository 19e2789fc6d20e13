package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.ExploreChecks;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.Suite;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.LifecycleModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exploration alone, every other group off, finds every broken variant of the mock (the variants
 * of {@link BrokenVariantsAreCaughtTest}, reused as they are), each with a shrunk sequence of at
 * most 6 steps; against the faithful mock it finds nothing. Prints the median steps to find a
 * variant and the median length after shrinking.
 */
class ExplorationFindsBrokenVariantsTest {
  /** The same seed every run: the test explores the same sequences each time. */
  private static final long SEED = 20261201L;
  private static final Pattern FOUND = Pattern.compile("Found after (\\d+) steps, shrunk from (\\d+) to (\\d+) steps");
  private static final Map<String, int[]> FOUND_AFTER = new ConcurrentHashMap<>();

  static ExploreChecks exploration() {
    return new ExploreChecks(new ExploreChecks.Settings(SEED, 8000, Duration.ofSeconds(60), Duration.ofSeconds(60), 300, 20));
  }

  static List<BrokenVariantsAreCaughtTest.Variant> variants() {
    return BrokenVariantsAreCaughtTest.variants();
  }

  /** A mock whose boots take 50 ms: exploration waits for every boot to settle before it judges. */
  static WawpMock mock(LifecycleModel lifecycle) {
    WawpMock.Builder b = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(Duration.ofMillis(50))
        .qrRotation(Duration.ofSeconds(5));
    if (lifecycle != null) {
      b.lifecycle(lifecycle);
    }
    return b.build().start();
  }

  static Run explore(Target target) {
    return new Suite(SuiteRunner.SPEC, true).limits(new Suite.Limits(Duration.ofMinutes(4), null)).run(target, Profile.EXPLORE, List.of(exploration()), Duration.ofSeconds(10), line -> { });
  }

  @Test
  void theFaithfulMockConforms() {
    try (WawpMock mock = mock(null)) {
      Run run = explore(SuiteRunner.target(mock, mock.baseUrl()));
      assertThat(run.failures()).as("no departure on the faithful mock").isEmpty();
      assertThat(run.results()).filteredOn(r -> r.group().equals(ExploreChecks.GROUP) && r.operation().equals("all")).singleElement()
          .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.PASS));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void explorationFindsIt(BrokenVariantsAreCaughtTest.Variant variant) throws Exception {
    LifecycleModel lifecycle = variant.lifecycle() == null ? null : BrokenVariantsAreCaughtTest.mutated(variant.lifecycle());
    Run run;
    try (WawpMock mock = mock(lifecycle)) {
      if (variant.request() == null) {
        run = explore(SuiteRunner.target(mock, mock.baseUrl()));
      } else {
        try (RewritingProxy proxy = new RewritingProxy(mock.origin(), variant.request(), variant.response())) {
          run = explore(SuiteRunner.target(mock, proxy.origin() + mock.baseUrl().substring(mock.origin().length())));
        }
      }
    }
    List<CheckResult> found = run.failures().stream().filter(r -> r.group().equals(ExploreChecks.GROUP) && r.name().startsWith("exploration: ")).toList();
    assertThat(found).as("exploration finds " + variant.name() + "; all: " + run.results()).singleElement();
    Matcher m = FOUND.matcher(found.get(0).actual());
    assertThat(m.find()).as(found.get(0).actual()).isTrue();
    int after = Integer.parseInt(m.group(1));
    int shrunk = Integer.parseInt(m.group(3));
    FOUND_AFTER.put(variant.name(), new int[] {after, Integer.parseInt(m.group(2)), shrunk});
    System.out.printf("explore: %s found after %d steps, shrunk from %s to %d steps%n%s%n", variant.name(), after, m.group(2), shrunk,
        found.get(0).actual());
    assertThat(shrunk).as("the shrunk sequence has at most 6 steps").isLessThanOrEqualTo(6);
  }

  @AfterAll
  static void medians() {
    if (FOUND_AFTER.isEmpty()) {
      return;
    }
    List<Integer> after = new ArrayList<>();
    List<Integer> shrunk = new ArrayList<>();
    FOUND_AFTER.values().forEach(v -> {
      after.add(v[0]);
      shrunk.add(v[2]);
    });
    System.out.printf("explore: %d variants found; median steps to find one %s, median steps after shrinking %s%n", FOUND_AFTER.size(),
        median(after), median(shrunk));
  }

  static double median(List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
