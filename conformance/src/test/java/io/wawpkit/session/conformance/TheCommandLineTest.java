package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.cli.ConformanceCommand;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.mock.WawpMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main job's command line: its default run, its reports, its exit codes and its one-line errors. */
class TheCommandLineTest {
  /** How many groups a full run has (its progress lines count them). */
  static final int GROUPS = Profile.ALL.groups().size();

  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    if (!java.util.List.of(args).contains("--report")) {
      // reports of a run that names no folder go to a temporary one, never into the module's folder
      try {
        java.util.List<String> withReport = new java.util.ArrayList<>(java.util.List.of(args));
        withReport.addAll(java.util.List.of("--report", Files.createTempDirectory("conformance-report").toString()));
        args = withReport.toArray(String[]::new);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ConformanceCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void withNoArgumentsItChecksTheEmbeddedMockAndWritesReports(@TempDir Path dir) throws Exception {
    Outcome o = run("--report", dir.toString(), "--fail-on-skip", "--strict");
    assertThat(o.exit()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("Started the embedded mock at http://127.0.0.1:", "[1/" + GROUPS + "] shape",
        "[5/" + GROUPS + "] consistency", "[" + (GROUPS - 1) + "/" + GROUPS + "] repetition",
        "[" + GROUPS + "/" + GROUPS + "] explore");
    // What the lifecycle walk waits for, once per kind of wait and without instance ids.
    assertThat(o.out()).contains("  waiting up to 10 s for boot (timer) from STARTING (no saved login) to reach SCAN_QR_CODE");
    assertThat(o.out().lines().filter(l -> l.startsWith("  waiting up to")).distinct().count())
        .isEqualTo(o.out().lines().filter(l -> l.startsWith("  waiting up to")).count());
    String last = o.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches(
        "conformance \\(strict\\): \\d+ passed, 0 failed, 0 warned, \\d+ noted, \\d+ skipped \\(\\d+ requests, [0-9.]+ s\\): conformant");
    for (String report : new String[] {"report.html", "report.md", "junit.xml"}) {
      String text = Files.readString(dir.resolve(report));
      assertThat(text).as(report).contains("getSessionInfo").doesNotContain("demo-paid-token", "demo-free-token");
    }
  }

  /** The lenient embedded mock departs only from positions: under --strict those fail, and the exit code says so. */
  @Test
  void theLenientMockFailsOnlyUnderStrict(@TempDir Path dir) {
    Outcome o = run("--report", dir.toString(), "--mock-positions", "lenient", "--strict");
    assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(1);
    assertThat(o.out()).contains("(lenient positions)", "basis:    position: ");
    String last = o.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches("conformance \\(strict\\): \\d+ passed, [1-9]\\d* failed, 0 warned, [1-9]\\d* noted, .*: NOT conformant");
  }

  /** Profile explore with a seed and a step budget: the same seed explores the same steps, and says so. */
  @Test
  void exploreTakesASeedAndABudget(@TempDir Path dir) {
    Outcome o = run("--profile", "explore", "--seed", "7", "--explore-steps", "40", "--report", dir.toString());
    assertThat(o.exit()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("[1/1] explore", "exploring with seed 7 (up to 40 steps").containsPattern("explore: \\d+ sequences, 4\\d steps in");
  }

  @Test
  void helpListsEveryOption() {
    Outcome o = run("--help");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("--base-url", "--access-token", "--other-access-token", "--instance-id",
        "--allow-destructive", "--await-scan", "--profile", "--report", "--mock-positions", "--strict", "--fail-on-skip",
        "--transition-timeout", "--max-time", "--request-timeout", "--include", "--exclude", "--junit-xml", "WAWP_<OPTION>",
        "--seed", "--explore-steps", "--explore-time");
    // and what the reports show
    assertThat(o.out()).contains("report.html opens on the verdict", "masked");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--bogus|Unknown option: '--bogus'",
    "--profile=fast|'fast' is not a profile: shape, lifecycle or all",
    "--await-scan=soon|'soon' is not a duration such as 30s, 2m or 250ms",
    "--base-url=ftp://x/v2|--base-url is not an http(s) URL: ftp://x/v2",
    "--base-url=//host/v2|--base-url is not an http(s) URL: //host/v2",
    "--base-url=https://me:pw@api.example/v2|--base-url must carry no user, password or query",
    "--base-url=https://api.example/v2?access_token=x|--base-url must carry no user, password or query",
    "--base-url=http://127.0.0.1:9/v2|--access-token (or WAWP_ACCESS_TOKEN) is required with --base-url",
    "--max-time=soon|'soon' is not a duration such as 30s, 2m or 250ms",
    "--max-time=0s|--max-time must be longer than 0",
    "--request-timeout=0ms|--request-timeout must be longer than 0",
    "--include=lifecycle,bogus|--include: 'bogus' is neither a check group nor an operation; groups: shape, errors, tenancy, lifecycle, consistency, login, credentials, repetition, explore; operations: ",
    "--exclude=getSessionInfoo|--exclude: 'getSessionInfoo' is neither a check group nor an operation; groups: shape, errors, tenancy, lifecycle, consistency, login, credentials, repetition, explore; operations: ",
    "--exclude=shape,errors,tenancy,lifecycle,consistency,login,credentials,repetition,explore|--include/--exclude leave no check group of profile all to run",
  })
  void aUsageProblemIsOneLineAndExitTwo(String arg, String message) {
    Outcome o = run(arg);
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().strip()).startsWith("wawp-conformance: ").contains(message).doesNotContain("\tat ");
    assertThat(o.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void anUnknownNameIsAUsageErrorThatNamesTheKnownOnes() {
    Outcome o = run("--include", "tenancy", "--include", "nosuchOperation");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("'nosuchOperation'", "groups: shape, errors, tenancy, lifecycle, consistency",
        "getSessionInfo", "createSession", "setWebhooks");
    assertThat(o.out()).doesNotContain("Started the embedded mock");
  }

  /** A group picks what runs, an operation what is reported; --junit-xml puts the JUnit report elsewhere. */
  @Test
  void includeAndExcludeSelectGroupsAndOperations(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("ci/conformance.xml");
    Outcome o = run("--report", dir.resolve("r").toString(), "--junit-xml", junit.toString(),
        "--include", "lifecycle", "--include", "getsessioninfo,startSession");
    assertThat(o.exit()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("; groups lifecycle; checks about getSessionInfo, startSession)", "[1/1] lifecycle",
        "JUnit XML: " + junit.toAbsolutePath()).doesNotContain("[1/5]");
    assertThat(dir.resolve("r/junit.xml")).doesNotExist();
    assertThat(testcases(Files.readString(junit))).isNotEmpty()
        .allMatch(c -> c.equals("lifecycle.getSessionInfo") || c.equals("lifecycle.startSession") || c.startsWith("cleanup."))
        .contains("lifecycle.getSessionInfo", "lifecycle.startSession");

    Outcome without = run("--report", dir.resolve("s").toString(), "--exclude", "errors,tenancy,lifecycle",
        "--exclude", "consistency,login,credentials,repetition,explore", "--exclude", "getSessionMe");
    assertThat(without.exit()).as(without.out() + without.err()).isZero();
    assertThat(without.out()).contains("; without errors, tenancy, lifecycle, consistency, login, credentials, repetition, explore, getSessionMe)",
        "[1/1] shape");
    assertThat(testcases(Files.readString(dir.resolve("s/junit.xml")))).isNotEmpty()
        .allMatch(c -> c.startsWith("shape.") || c.startsWith("cleanup.")).noneMatch(c -> c.contains("getSessionMe"))
        .contains("shape.getSessionInfo");
  }

  private static java.util.List<String> testcases(String junit) {
    return Pattern.compile("<testcase classname=\"([^\"]+)\"").matcher(junit).results().map(m -> m.group(1)).toList();
  }

  @Test
  void anUnreachableServerIsOneLineAndExitTwo() throws Exception {
    int port = Processes.freePort();
    Outcome o = run("--base-url", "http://127.0.0.1:" + port + "/v2", "--access-token", "secret-token-123");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().strip()).isEqualTo("wawp-conformance: cannot reach http://127.0.0.1:" + port + "/v2: connection refused");
  }

  @Test
  void aConnectionLostMidRunIsOneLineAndExitTwo(@TempDir Path dir) {
    WawpMock mock = SuiteRunner.mock(null);
    String base = mock.baseUrl();
    // The target goes away as the second group starts.
    Writer stopsTheMock = new StringWriter() {
      @Override
      public void write(String text, int off, int len) {
        super.write(text, off, len);
        if (text.contains("[2/" + GROUPS + "] errors")) {
          mock.close();
        }
      }
    };
    StringWriter err = new StringWriter();
    int exit = ConformanceCommand.run(new PrintWriter(stopsTheMock, true), new PrintWriter(err, true),
        "--base-url", base, "--access-token", mock.token("demo-paid"), "--report", dir.toString());
    mock.close();
    assertThat(exit).as(stopsTheMock + "" + err).isEqualTo(2);
    assertThat(err.toString().strip()).matches("wawp-conformance: lost the connection to " + Pattern.quote(base)
        + " after \\d+ checks \\(.+\\)");
    assertThat(stopsTheMock.toString()).doesNotContain("FAIL", "no answer", "conformance:");
  }

  /**
   * A token the target refuses stops the run at once, in one line that names the token (never its
   * value) and the target, exit 2: not a pile of failures blaming the API.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"the access token, wrong-token-4711, demo-free", "the other account's access token, demo-paid, wrong-token-4711"})
  void aRefusedTokenStopsTheRunInOneLine(String which, String token, String other, @TempDir Path dir) {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      long start = System.nanoTime();
      Outcome o = run("--base-url", mock.baseUrl(), "--access-token", tokenOf(mock, token), "--other-access-token",
          tokenOf(mock, other), "--report", dir.toString());
      assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(2);
      assertThat(o.err().strip()).isEqualTo("wawp-conformance: " + which + " was refused by " + mock.baseUrl());
      assertThat(o.out() + o.err()).doesNotContain("wrong-token-4711").doesNotContain("FAIL");
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
    }
  }

  private static String tokenOf(WawpMock mock, String name) {
    return name.startsWith("demo-") ? mock.token(name) : name;
  }

  /**
   * The time budget stops the run: the reports are written with what it has (the checks not run
   * reported as skipped), the last line says there is no verdict, and one line on stderr says why
   * (exit 2 when nothing failed so far, 1 when something did).
   */
  @Test
  void aSpentTimeBudgetStopsTheRunWritesTheReportsAndSaysSoInOneLine(@TempDir Path dir) throws Exception {
    long start = System.nanoTime();
    Outcome o = run("--report", dir.toString(), "--max-time", "2s");
    java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
    assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(2);
    assertThat(o.err().strip()).matches("wawp-conformance: the time budget of 2 s ran out after \\d+ checks \\(no failure so far\\);"
        + " the checks not run are reported as skipped \\(reports in .+\\)");
    assertThat(o.out()).contains("the time budget ran out (--max-time 2 s): stopping");
    String last = o.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith(": no verdict: the time budget ran out before every check ran (--max-time)");
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("the time budget ran out");
    assertThat(Files.readString(dir.resolve("report.md"))).contains("the time budget ran out before they started");
    // Stopped within the budget, give or take a request and the cleanup (the embedded mock's start included).
    assertThat(took).isLessThan(java.time.Duration.ofSeconds(15));
  }

  @Test
  void withFailOnSkipAWholeGroupSkippedFailsTheRunAndTheLastLineSaysWhy(@TempDir Path dir) {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      // No second account: the tenancy group is skipped whole.
      Outcome o = run("--base-url", mock.baseUrl(), "--access-token", mock.token("demo-paid"), "--profile", "lifecycle",
          "--fail-on-skip", "--report", dir.toString());
      assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(1);
      String last = o.out().strip().lines().reduce((a, b) -> b).orElseThrow();
      assertThat(last).matches("conformance: \\d+ passed, 0 failed, .*: FAILED because whole groups were skipped \\(--fail-on-skip\\): tenancy")
          .doesNotContain(": conformant");
    }
  }

  @Test
  void optionsAreReadFromTheEnvironmentAndAFlagWins() throws Exception {
    int port = Processes.freePort();
    Path log = Files.createTempDirectory("conf-env").resolve("out.log");
    ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-cp", System.getProperty("java.class.path"),
        ConformanceCommand.class.getName(), "--access-token", "flag-token-123")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("WAWP_BASE_URL", "http://127.0.0.1:" + port + "/v2");
    pb.environment().put("WAWP_ACCESS_TOKEN", "");
    Process p = pb.start();
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    // The base URL came from WAWP_BASE_URL; the token from the flag (the empty variable lost).
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log)).contains("cannot reach http://127.0.0.1:" + port + "/v2").doesNotContain("flag-token-123");
  }
}
