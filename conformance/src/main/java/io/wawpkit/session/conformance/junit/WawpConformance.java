package io.wawpkit.session.conformance.junit;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.RunOptions;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The conformance suite as JUnit 5 dynamic tests: each check of a run is one test, named as the
 * reports name it ({@code group / operation / check}), so a user's own build and CI run the suite
 * with their other tests.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> wawpConformance() {
 *   return WawpConformance.against(System.getenv("WAWP_BASE_URL"), System.getenv("WAWP_ACCESS_TOKEN"))
 *       .profile(Profile.SHAPE)
 *       .tests();
 * }
 * }</pre>
 *
 * <p>What each check becomes:
 *
 * <ul>
 *   <li>passed: a passing test;
 *   <li>failed (a departure from a documented rule, or from a position under {@link #strict()}): a
 *       failing test, an {@link AssertionFailedError} whose expected and actual values are the
 *       check's and whose message carries the same evidence as the reports: expected, actual, the
 *       basis with the docs' quote or the position's reason, the request line and the answer;
 *   <li>warned or noted: a passing test whose display name ends with the warning or notice, and
 *       which prints its evidence to standard output (where Surefire and Gradle keep it with the test);
 *   <li>skipped: an aborted test (Surefire and Gradle count it as skipped), its reason the message.
 * </ul>
 *
 * <p>A last test, named by the run's summary line ({@code conformance: 493 passed, 0 failed, ...}),
 * stands for the command line's exit code: it fails when a check failed, when the time budget ran
 * out before every check ran, and (with {@link #failOnSkip()}) when a whole group was skipped.
 *
 * <p><b>When the suite runs.</b> {@link #tests()} runs it, once: JUnit needs every dynamic test's
 * name before it runs it, and the checks and their names come out of the run (how many checks there
 * are depends on what the target answers), so no test could be named before the run; a lazy stream
 * would only move the same wait into JUnit's first pull. Each later call replays the same results.
 * What stops a run (an option no run can take, a target that does not answer, a token it refuses,
 * a target lost mid-run) is thrown from {@code tests()}, so the factory itself fails with the
 * command line's one-line message.
 *
 * <p>The options are the command line's, with the same defaults and checks (one code path:
 * {@link RunOptions}); problems with them are worded with the options' command-line names
 * ({@link #maxTime} is {@code --max-time}). Configure before calling {@code tests()}: an instance
 * that has run refuses further changes. No token appears in a test name, a message or the output:
 * every text is masked as the reports mask it.
 */
public final class WawpConformance {
  /** How much of a warning's text a display name shows; the output has all of it. */
  private static final int NAME_TEXT = 120;

  private final RunOptions options = new RunOptions();
  private final boolean embedded;
  private Path reports;
  private Consumer<String> progress = line -> { };
  private Run run;
  private Duration budget;

  private WawpConformance(boolean embedded) {
    this.embedded = embedded;
  }

  /**
   * The suite against an API: its base URL with the version prefix ({@code https://api.wawp.net/v2};
   * one ending in {@code /v1} is checked as v1) and the account's token. Without a control API the
   * suite reaches only the states the public API reaches; see {@link #awaitScan}.
   *
   * @throws IllegalArgumentException when the base URL is null or blank (use
   *     {@link #againstEmbeddedMock()} for the embedded mock: a CI variable that is not set must not
   *     quietly check the mock instead)
   */
  public static WawpConformance against(String baseUrl, String accessToken) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("against(baseUrl, accessToken) needs a base URL (againstEmbeddedMock() checks the embedded mock)");
    }
    WawpConformance c = new WawpConformance(false);
    c.options.baseUrl(baseUrl).accessToken(accessToken);
    return c;
  }

  /**
   * The suite against this project's mock, started on a free 127.0.0.1 port when the suite runs and
   * stopped when it ends (the command line without {@code --base-url}): every group runs, the
   * lifecycle driven through the mock's control API.
   */
  public static WawpConformance againstEmbeddedMock() {
    return new WawpConformance(true);
  }

  /** {@code --profile}: which checks run (default {@link Profile#ALL}). */
  public WawpConformance profile(Profile profile) {
    configure().profile(profile);
    return this;
  }

  /** {@code --strict}: departures from the contract's positions fail instead of warning (notices stay notices). */
  public WawpConformance strict() {
    configure().strict(true);
    return this;
  }

  /** {@code --fail-on-skip}: the verdict test fails when a whole group of checks was skipped. */
  public WawpConformance failOnSkip() {
    configure().failOnSkip(true);
    return this;
  }

  /** {@code --other-access-token}: a second account's token, for the tenancy checks (skipped without it). */
  public WawpConformance otherAccessToken(String token) {
    configure().otherAccessToken(token);
    return this;
  }

  /** {@code --instance-id}: an existing instance for non-destructive checks. */
  public WawpConformance instanceId(String instanceId) {
    configure().instanceId(instanceId);
    return this;
  }

  /** {@code --allow-destructive}: may stop, log out, delete or reconfigure instances the suite did not create. */
  public WawpConformance allowDestructive() {
    configure().allowDestructive(true);
    return this;
  }

  /**
   * {@code --await-scan}: how long to wait for a person (or a mock's simulated person) to scan a QR
   * on a target without a control API; without it those steps are skipped.
   */
  public WawpConformance awaitScan(Duration wait) {
    configure().awaitScan(wait);
    return this;
  }

  /**
   * {@code --pairing-phone}: a WhatsApp number you own, for the login group's pairing code on a
   * target without a control API (the service sends the code to that phone); without it none is asked for there.
   */
  public WawpConformance pairingPhone(String number) {
    configure().pairingPhone(number);
    return this;
  }

  /** {@code --transition-timeout}: how long an asynchronous status change may take (10 s on this machine, 45 s remote). */
  public WawpConformance transitionTimeout(Duration timeout) {
    configure().transitionTimeout(timeout);
    return this;
  }

  /** {@code --max-time}: the whole run's time budget (60 s on this machine, 5 min remote). */
  public WawpConformance maxTime(Duration budget) {
    configure().maxTime(budget);
    return this;
  }

  /** {@code --request-timeout}: how long one request waits for its answer (default 10 s). */
  public WawpConformance requestTimeout(Duration timeout) {
    configure().requestTimeout(timeout);
    return this;
  }

  /**
   * {@code --include}: only these check groups ({@code shape}, {@code errors}, {@code tenancy},
   * {@code lifecycle}, {@code consistency}, {@code login}, {@code credentials}, {@code repetition}) and/or only the
   * checks about these operationIds. A group decides what runs, an operation what becomes a test.
   */
  public WawpConformance include(String... names) {
    configure().include(List.of(names));
    return this;
  }

  /** {@code --exclude}: leave out these check groups and/or the checks about these operations. */
  public WawpConformance exclude(String... names) {
    configure().exclude(List.of(names));
    return this;
  }

  /**
   * {@code --mock-positions}: the side the embedded mock takes where the docs are silent (default
   * {@link Positions#STRICT}).
   *
   * @throws IllegalStateException on a suite {@linkplain #against against an API}
   */
  public WawpConformance mockPositions(Positions positions) {
    if (!embedded) {
      throw new IllegalStateException("mockPositions applies to the embedded mock only (againstEmbeddedMock())");
    }
    configure().mockPositions(positions);
    return this;
  }

  /** Also writes the reports (report.html, report.md, junit.xml) into this folder when the run ends ({@code --report}). */
  public WawpConformance reportsTo(Path dir) {
    checkNotRun();
    this.reports = Objects.requireNonNull(dir, "dir");
    return this;
  }

  /** Where the run's progress lines go (the command line's console lines); none by default. */
  public WawpConformance progress(Consumer<String> lines) {
    checkNotRun();
    this.progress = Objects.requireNonNull(lines, "lines");
    return this;
  }

  /**
   * Runs the suite (on the first call; later calls replay its results) and returns one dynamic test
   * per check, in the order they ran, and the verdict test last.
   *
   * @throws IllegalArgumentException for an option no run can take (the command line's usage errors)
   * @throws RuntimeException what stopped the run: the target did not answer, refused a token, or was lost
   */
  public synchronized Stream<DynamicTest> tests() {
    if (run == null) {
      run = execute();
    }
    return replay(run, budget, options.failOnSkip()).stream();
  }

  private Run execute() {
    RunOptions.Checked checked = options.check(WawpSpec.load());
    try (RunOptions.Started started = checked.start(progress)) {
      progress.accept(started.describe());
      budget = started.limits().maxTime(started.target());
      Run done = started.run(progress);
      if (reports != null) {
        try {
          Reports.write(done, reports);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the reports into " + reports, e);
        }
      }
      progress.accept(Reports.summaryLine(done, options.failOnSkip()));
      return done;
    }
  }

  /** The dynamic tests of a run: one per check, then the verdict. */
  static List<DynamicTest> replay(Run run, Duration budget, boolean failOnSkip) {
    List<DynamicTest> tests = new ArrayList<>(run.results().size() + 1);
    for (CheckResult r : run.results()) {
      tests.add(test(r));
    }
    tests.add(verdict(run, budget, failOnSkip));
    return tests;
  }

  /** A check's name as the reports give it: {@code shape / getSessionInfo / answers in the spec's shape}. */
  static String name(CheckResult r) {
    return r.group() + " / " + r.operation() + " / " + r.name();
  }

  private static DynamicTest test(CheckResult r) {
    String name = name(r);
    return switch (r.outcome()) {
      case PASS -> DynamicTest.dynamicTest(name, () -> { });
      case FAIL -> DynamicTest.dynamicTest(name, () -> {
        throw new AssertionFailedError(message(r), r.expected(), r.actual());
      });
      case WARN, NOTICE -> {
        String kind = r.outcome() == Outcome.WARN ? "warning" : "notice";
        yield DynamicTest.dynamicTest(name + " (" + kind + ": " + cut(r.actual()) + ")",
            () -> System.out.print(kind + ": " + message(r)));
      }
      case SKIP -> DynamicTest.dynamicTest(name, () -> {
        throw new TestAbortedException("skipped: " + r.actual());
      });
    };
  }

  /** The verdict: what the command line's exit code says, as one test named by the summary line. */
  private static DynamicTest verdict(Run run, Duration budget, boolean failOnSkip) {
    String summary = Reports.summaryLine(run, failOnSkip);
    return DynamicTest.dynamicTest(summary, () -> {
      if (run.outOfTime()) {
        throw new AssertionFailedError(Reports.outOfTime(run, budget) + System.lineSeparator() + summary);
      }
      if (!run.conformant()) {
        StringBuilder sb = new StringBuilder(summary).append(System.lineSeparator()).append("failed:");
        run.failures().forEach(f -> sb.append(System.lineSeparator()).append("- ").append(name(f)));
        throw new AssertionFailedError(sb.toString());
      }
      if (!run.passes(failOnSkip)) {
        throw new AssertionFailedError(summary);
      }
    });
  }

  /** A finding with its evidence, as the reports show it (masked). */
  static String message(CheckResult r) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder(name(r)).append(nl).append(Reports.evidence(r, "  "));
    Exchange x = r.exchange();
    if (x != null && x.status() >= 0) {
      sb.append("  answer:   ").append(x.status()).append(x.body() == null ? "" : " " + x.body()).append(nl);
    }
    return sb.toString();
  }

  private static String cut(String s) {
    String one = String.valueOf(s).replaceAll("\\s+", " ").strip();
    return one.length() <= NAME_TEXT ? one : one.substring(0, NAME_TEXT - 1) + "~";
  }

  private RunOptions configure() {
    checkNotRun();
    return options;
  }

  private void checkNotRun() {
    if (run != null) {
      throw new IllegalStateException("the suite has run: configure it before calling tests()");
    }
  }
}
