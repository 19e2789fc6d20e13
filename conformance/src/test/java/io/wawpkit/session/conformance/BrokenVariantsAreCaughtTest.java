package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.ConsistencyChecks;
import io.wawpkit.session.conformance.checks.CredentialChecks;
import io.wawpkit.session.conformance.checks.ErrorChecks;
import io.wawpkit.session.conformance.checks.LifecycleChecks;
import io.wawpkit.session.conformance.checks.LoginChecks;
import io.wawpkit.session.conformance.checks.RepeatedReadChecks;
import io.wawpkit.session.conformance.checks.ShapeChecks;
import io.wawpkit.session.conformance.checks.TenancyChecks;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.Suite;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.LifecycleModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who tests the tester: the suite runs against broken variants of the mock, each breaking one rule
 * of the contract, and must catch every one, as its basis says: a variant that breaks a documented
 * rule fails by default; one that breaks a position warns by default and fails under --strict.
 * Variants are built without touching the mock's code: mutated copies of the spec's lifecycle model
 * fed to the mock, or a rewriting proxy in front of the faithful mock.
 */
class BrokenVariantsAreCaughtTest {
  private static final EvidenceMarks MARKS = SuiteRunner.SPEC.evidence();
  private static final Map<Basis, List<String>> CAUGHT = new EnumMap<>(Basis.class);
  private static final Map<Basis, List<String>> MISSED = new EnumMap<>(Basis.class);
  /** How long the stuck-boot variant's run waits for a boot (the live default is 45 s: one wait of it). */
  private static final Duration STUCK_TRANSITION_TIMEOUT = Duration.ofSeconds(5);
  /** At most this many requests for a stuck boot (the run sent 9,002). */
  private static final int STUCK_REQUEST_BOUND = 400;
  /** The stall variant answers this many requests, then none. */
  private static final int STALL_AFTER = 100;
  /** The stall variant's time budget (--max-time). */
  private static final Duration STALL_BUDGET = Duration.ofSeconds(30);

  /**
   * A broken variant: a lifecycle mutation or a proxy rewrite, the basis of the rule it breaks, the
   * groups that should catch it, and which finding must be among those that catch it (any, unless said).
   */
  record Variant(String name, Basis breaks, Consumer<Map<String, Object>> lifecycle, UnaryOperator<RewritingProxy.Req> request,
      UnaryOperator<RewritingProxy.Resp> response, List<CheckGroup> groups, Predicate<CheckResult> caughtBy) {
    @Override
    public String toString() {
      return name + " (" + breaks.word() + ")";
    }

    /** The same variant, which must be caught by a finding that cites the given mark. */
    Variant caughtBy(Evidence mark) {
      return caughtBy(r -> mark.equals(r.evidence()));
    }

    /** The same variant, which must be caught by such a finding. */
    Variant caughtBy(Predicate<CheckResult> finding) {
      return new Variant(name, breaks, lifecycle, request, response, groups, finding);
    }
  }

  static Variant model(String name, Consumer<Map<String, Object>> mutation) {
    return new Variant(name, Basis.DOCUMENTED, mutation, null, null, List.of(new LifecycleChecks()), r -> true);
  }

  static Variant proxy(String name, UnaryOperator<RewritingProxy.Req> request, UnaryOperator<RewritingProxy.Resp> response,
      CheckGroup... groups) {
    return proxy(name, Basis.DOCUMENTED, request, response, groups);
  }

  static Variant proxy(String name, Basis breaks, UnaryOperator<RewritingProxy.Req> request,
      UnaryOperator<RewritingProxy.Resp> response, CheckGroup... groups) {
    return new Variant(name, breaks, null, request == null ? r -> r : request, response == null ? r -> r : response, List.of(groups),
        r -> true);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> transition(Map<String, Object> lifecycle, String action, String from) {
    Map<String, Object> actions = (Map<String, Object>) lifecycle.get("actions");
    Map<String, Object> body = (Map<String, Object>) actions.get(action);
    return (Map<String, Object>) ((Map<String, Object>) body.get("from")).get(from);
  }

  static String replaceInJson(String body, String field, Object value) {
    return body.replaceAll("\"" + field + "\"\\s*:\\s*\"[^\"]*\"", "\"" + field + "\":" + value);
  }

  static List<Variant> variants() {
    return List.of(
        model("start does not happen (STOPPED stays STOPPED)", m -> transition(m, "start", "STOPPED").put("to", "STOPPED")),
        model("restart from WORKING stops instead", m -> transition(m, "restart", "WORKING").put("to", "STOPPED")),
        model("stop loses the saved login", m -> transition(m, "stop", "WORKING").put("login", "drop")),
        model("logout keeps the saved login", m -> transition(m, "logout", "WORKING").put("login", "keep")),
        model("delete does not delete", m -> transition(m, "delete", "STOPPED").put("to", "STOPPED")),
        proxy("a required field dropped (info without status)", null,
            r -> r.request().pathAndQuery().contains("/session/info")
                ? new RewritingProxy.Resp(r.status(), r.headers(), r.body().replaceAll("\"status\"\\s*:\\s*\"[A-Z_]+\",?", ""), r.request()) : r,
            new ShapeChecks()),
        proxy("a wrong type (status as a number)", null,
            r -> r.request().pathAndQuery().contains("/session/info")
                ? new RewritingProxy.Resp(r.status(), r.headers(), replaceInJson(r.body(), "status", 1), r.request()) : r,
            new ShapeChecks()),
        proxy("a wrong content type (text/plain)", null,
            r -> new RewritingProxy.Resp(r.status(), RewritingProxy.with(r.headers(), "Content-Type", "text/plain"), r.body(), r.request()),
            new ShapeChecks()),
        proxy("an undocumented status value (WORKING becomes CONNECTED)", null,
            r -> new RewritingProxy.Resp(r.status(), r.headers(), r.body().replace("\"WORKING\"", "\"CONNECTED\""), r.request()),
            new LifecycleChecks()),
        proxy("auth ignored (any token is served)",
            r -> new RewritingProxy.Req(r.method(), r.pathAndQuery().replaceAll("access_token=[^&]*", "access_token=demo-paid-token")
                + (r.pathAndQuery().contains("access_token") ? "" : (r.pathAndQuery().contains("?") ? "&" : "?") + "access_token=demo-paid-token"),
                RewritingProxy.with(r.headers(), "Authorization", null), r.body()),
            null, new ErrorChecks()),
        proxy("one account reaches another's instance (tokens swapped)",
            r -> new RewritingProxy.Req(r.method(), r.pathAndQuery().replace("access_token=demo-free-token", "access_token=demo-paid-token"),
                r.headers(), r.body()),
            null, new TenancyChecks()),
        proxy("a write the next read does not show (policy choice dropped)",
            r -> r.method().equals("PATCH")
                ? new RewritingProxy.Req(r.method(), r.pathAndQuery().replaceAll("policy_slug=[^&]*", "policy_slug=standard_policy"),
                    r.headers(), "{\"policy_slug\":\"standard_policy\"}") : r,
            null, new ConsistencyChecks()),
        proxy("a 500 for an unknown instance", null,
            r -> r.status() == 404 ? new RewritingProxy.Resp(500, r.headers(), r.body(), r.request()) : r,
            new ErrorChecks()),
        // The signing headers are WAHA's convention, not Wawp's docs: a position.
        proxy("webhook events signed with another key", Basis.POSITION,
            r -> r.method().equals("POST") && r.pathAndQuery().contains("/session/webhook")
                ? new RewritingProxy.Req(r.method(), r.pathAndQuery(), r.headers(), r.body().replace("conformance-hmac-key", "some-other-key")) : r,
            null, new ConsistencyChecks()),
        // 405 + Allow is HTTP's rule the contract adopts where the docs are silent: a position.
        proxy("405 without Allow", Basis.POSITION, null,
            r -> r.status() == 405 ? new RewritingProxy.Resp(405, RewritingProxy.with(r.headers(), "Allow", null), r.body(), r.request()) : r,
            new ErrorChecks()),
        // No check reads me.pushName and no action answers this: only the shape verdict on every
        // info read (polls and reads after actions) sees it.
        proxy("info in WORKING with me.pushName of the wrong type", null,
            r -> r.request().pathAndQuery().contains("/session/info") && r.body().contains("\"status\":\"WORKING\"")
                ? new RewritingProxy.Resp(r.status(), r.headers(), replaceInJson(r.body(), "pushName", 42), r.request()) : r,
            new LifecycleChecks()),
        // The header form is a position (Wawp's SDKs send it, no docs page shows it): ignored, it warns.
        proxy("header credentials ignored (Authorization and X-Instance-ID dropped)", Basis.POSITION,
            r -> new RewritingProxy.Req(r.method(), r.pathAndQuery(),
                RewritingProxy.with(RewritingProxy.with(r.headers(), "Authorization", null), "X-Instance-ID", null), r.body()),
            null, new CredentialChecks()).caughtBy(MARKS.securityScheme("bearerToken")),
        // The docs: info carries a base64 qr only in SCAN_QR_CODE.
        proxy("a status carrying too much (qr outside SCAN_QR_CODE)", null,
            r -> onInfoOutside(r, "SCAN_QR_CODE", "\"qr\":null", "\"qr\":\"" + QR + "\""),
            new LifecycleChecks()).caughtBy(MARKS.absentElsewhere("qr").orElseThrow()),
        // No page shows me outside WORKING: its absence there is a position.
        proxy("a status carrying too much (me outside WORKING)", Basis.POSITION, null,
            r -> onInfoOutside(r, "WORKING", "\"me\":null", "\"me\":{\"id\":\"201012345678@c.us\",\"pushName\":\"John Doe\"}"),
            new LifecycleChecks()).caughtBy(MARKS.absentElsewhere("me").orElseThrow()),
        // The docs: a temporary link is valid 30 minutes.
        proxy("a short-lived temp link (it expires 5 minutes after it is made)", null,
            r -> r.request().method().equals("POST") && r.request().pathAndQuery().contains("/session/temp-link") && r.status() == 200
                ? new RewritingProxy.Resp(200, r.headers(), replaceInJson(r.body(), "expires_at",
                    "\"" + Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS) + "\""), r.request()) : r,
            new ConsistencyChecks()).caughtBy(MARKS.rule("temp-link-lifetime")),
        // The three reads of the QR agree: a position (the docs imply one QR, no page says so).
        proxy("the QR image differs from the raw QR (qr-image shows another value)", Basis.POSITION, null,
            r -> r.status() == 200 && r.request().pathAndQuery().contains("/auth/qr-image")
                ? new RewritingProxy.Resp(200, r.headers(), "{\"qr\":\"" + qrDataUrl("2@another,QR") + "\"}", r.request()) : r,
            new LoginChecks()).caughtBy(MARKS.rule("one-qr-at-a-time")),
        // The docs: expiry is the millisecond the QR expires (qr-expiry): one in the past fails.
        proxy("the QR's expiry is in the past", null,
            r -> r.status() == 200 && RAW_QR.matcher(r.request().pathAndQuery()).find()
                ? new RewritingProxy.Resp(200, r.headers(), rawQr(value(r.body()), 1_000L), r.request()) : r,
            new LoginChecks()).caughtBy(MARKS.rule("qr-expiry")),
        // What a QR read answers outside SCAN_QR_CODE is a position (servedIn.otherwise).
        proxy("a QR served outside SCAN_QR_CODE", Basis.POSITION, null,
            r -> r.status() == 422 && RAW_QR.matcher(r.request().pathAndQuery()).find()
                ? new RewritingProxy.Resp(200, RewritingProxy.with(r.headers(), "Cache-Control", "no-store"),
                    rawQr("2@outside,QR", System.currentTimeMillis() + 3_600_000L), r.request()) : r,
            new LoginChecks()).caughtBy(MARKS.servedInOtherwise()),
        intermittentServerErrors(4));
  }

  /** The raw QR's path, not the image's: {@code /auth/qr} with or without a query. */
  static final Pattern RAW_QR = Pattern.compile("/auth/qr(\\?|$)");

  /** A PNG data URL of a real QR code of a text. */
  static String qrDataUrl(String text) {
    try {
      java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
      com.google.zxing.client.j2se.MatrixToImageWriter.writeToStream(new com.google.zxing.qrcode.QRCodeWriter()
          .encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 200, 200), "PNG", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A raw QR answer ({@code {mimetype, data}}, data the Base64 of {@code {value, expiry}}). */
  static String rawQr(String value, long expiry) {
    String decoded = "{\"value\":\"" + value + "\",\"expiry\":" + expiry + "}";
    return "{\"mimetype\":\"application/json\",\"data\":\"" + Base64.getEncoder().encodeToString(decoded.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)) + "\"}";
  }

  /** The value of a raw QR answer. */
  static String value(String body) {
    java.util.regex.Matcher m = Pattern.compile("\"data\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      return "2@none";
    }
    String decoded = new String(Base64.getDecoder().decode(m.group(1)), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher v = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(decoded);
    return v.find() ? v.group(1) : "2@none";
  }

  /** A base64 QR that fits the schema's pattern: only the status it comes with is wrong. */
  static final String QR = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  /** Rewrites info's answers in every status but one (the field that status alone carries, given to all others). */
  static RewritingProxy.Resp onInfoOutside(RewritingProxy.Resp r, String status, String from, String to) {
    boolean info = r.request().pathAndQuery().contains("/session/info") && r.status() == 200;
    return info && !r.body().contains("\"status\":\"" + status + "\"")
        ? new RewritingProxy.Resp(r.status(), r.headers(), r.body().replace(from, to), r.request()) : r;
  }

  /** An API that fails every {@code n}-th read (GET) with a 500 in the Error shape, and serves the others. */
  static Variant intermittentServerErrors(int n) {
    AtomicInteger reads = new AtomicInteger();
    return proxy("intermittent 5xx (every " + n + "th read answers 500)", null,
        r -> r.request().method().equals("GET") && reads.incrementAndGet() % n == 0
            ? new RewritingProxy.Resp(500, RewritingProxy.with(r.headers(), "Content-Type", "application/json"),
                "{\"code\":\"internal_error\",\"message\":\"Try again.\",\"data\":{\"status\":500}}", r.request()) : r,
        // by the reads repeated on purpose, whatever else happened to meet a 500 first
        new RepeatedReadChecks()).caughtBy(r -> r.group().equals("repetition") && r.name().contains("repeated reads"));
  }

  /**
   * Fields the schema does not name: allowed (the spec says fields may appear), so warnings. One on
   * every answer, and one only on info in WORKING, which only the lifecycle walk's reads see.
   */
  static RewritingProxy.Resp withExtraFields(RewritingProxy.Resp r) {
    String body = r.body().strip();
    if (!body.startsWith("{")) {
      return r;
    }
    String extra = "\"x_conformance_extra\":true";
    if (r.request().pathAndQuery().contains("/session/info") && body.contains("\"status\":\"WORKING\"")) {
      extra += ",\"x_only_when_working\":true";
    }
    return new RewritingProxy.Resp(r.status(), r.headers(), body.equals("{}") ? "{" + extra + "}" : "{" + extra + "," + body.substring(1),
        r.request());
  }

  /** The spec's lifecycle model with a mutation, for the mock to execute. */
  static LifecycleModel mutated(Consumer<Map<String, Object>> mutation) throws Exception {
    Map<String, Object> raw = SuiteRunner.SPEC.lifecycleTree();
    mutation.accept(raw);
    return LifecycleModel.parse(raw);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void theSuiteCatchesIt(Variant variant) throws Exception {
    LifecycleModel lifecycle = variant.lifecycle() == null ? null : mutated(variant.lifecycle());
    Run byDefault = runAgainst(variant, lifecycle, false);
    if (variant.breaks() == Basis.DOCUMENTED) {
      boolean caught = byDefault.failures().stream().anyMatch(variant.caughtBy());
      (caught ? CAUGHT : MISSED).computeIfAbsent(variant.breaks(), k -> new ArrayList<>()).add(variant.name());
      assertThat(byDefault.failures()).as("a broken documented rule fails, by its evidence: " + variant.name())
          .anyMatch(variant.caughtBy());
      return;
    }
    Run strict = runAgainst(variant, lifecycle, true);
    List<CheckResult> warnings = byDefault.results().stream().filter(r -> r.outcome() == Outcome.WARN).toList();
    boolean caught = byDefault.conformant() && warnings.stream().anyMatch(variant.caughtBy()) && !strict.conformant();
    (caught ? CAUGHT : MISSED).computeIfAbsent(variant.breaks(), k -> new ArrayList<>()).add(variant.name());
    assertThat(byDefault.failures()).as("a broken position does not fail by default: " + variant.name())
        .extracting(CheckResult::name).isEmpty();
    assertThat(warnings).as("a broken position warns, by its evidence: " + variant.name()).anyMatch(variant.caughtBy());
    assertThat(strict.failures()).as("a broken position fails under --strict: " + variant.name()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.evidence().basis()).isEqualTo(Basis.POSITION));
  }

  private static Run runAgainst(Variant variant, LifecycleModel lifecycle, boolean strict) throws Exception {
    try (WawpMock mock = SuiteRunner.mock(lifecycle)) {
      if (variant.request() == null) {
        return SuiteRunner.run(SuiteRunner.target(mock, mock.baseUrl()), variant.groups(), strict);
      }
      try (RewritingProxy proxy = new RewritingProxy(mock.origin(), variant.request(), variant.response())) {
        String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
        return SuiteRunner.run(SuiteRunner.target(mock, base), variant.groups(), strict);
      }
    }
  }

  @Test
  void thereAreEnoughVariants() {
    assertThat(variants()).hasSizeGreaterThanOrEqualTo(24);
  }

  /** The docs allow new fields: notices, even under --strict, and never a failure or a warning. */
  @Test
  void extraFieldsAreNoticesNotFailures() throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> r, BrokenVariantsAreCaughtTest::withExtraFields)) {
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      Run run = SuiteRunner.runAll(SuiteRunner.target(mock, base), true);
      assertThat(run.failures()).extracting(CheckResult::name).isEmpty();
      assertThat(run.count(Outcome.WARN)).isZero();
      List<CheckResult> warnings = run.results().stream().filter(r -> r.outcome() == Outcome.NOTICE).toList();
      assertThat(warnings).allSatisfy(r -> assertThat(r.evidence().basis()).isEqualTo(Basis.TOLERATED));
      // Success and error bodies alike.
      assertThat(warnings).filteredOn(r -> r.actual().contains("x_conformance_extra"))
          .extracting(CheckResult::group).contains("shape", "errors");
      // Seen on a read no check looks at the shape of: info in WORKING during the lifecycle walk.
      assertThat(warnings).filteredOn(r -> r.actual().contains("x_only_when_working"))
          .extracting(CheckResult::group).containsOnly("lifecycle");
    }
  }

  /** A stuck boot: the mock's sessions never leave STARTING (the model's timer moves taken out). */
  @SuppressWarnings("unchecked")
  static void stuckBoot(Map<String, Object> lifecycle) {
    ((List<Map<String, Object>>) lifecycle.get("moves")).removeIf(m -> "timer".equals(m.get("trigger")));
  }

  /**
   * A stuck boot is caught (the boot is documented: it fails), once: the checks that need the boot
   * are skipped as blocked, each naming that failure, and no one waits for the boot again. The run
   * takes the live code path (remote budgets and polling, no control API) and ends well within
   * the target (60 s) with few requests.
   */
  @Test
  void aStuckBootFailsOnceAndBlocksWhatNeedsIt() throws Exception {
    try (WawpMock mock = SuiteRunner.mock(mutated(BrokenVariantsAreCaughtTest::stuckBoot))) {
      Target remote = new Target(URI.create(mock.baseUrl()), mock.token("demo-paid"), mock.token("demo-free"), null, null,
          false, null, false);
      Run run = new Suite(SuiteRunner.SPEC).run(remote, Profile.ALL, STUCK_TRANSITION_TIMEOUT, line -> { });
      List<CheckResult> boot = run.failures().stream().filter(f -> f.name().startsWith("move 'boot'")).toList();
      (boot.isEmpty() ? MISSED : CAUGHT).computeIfAbsent(Basis.DOCUMENTED, k -> new ArrayList<>()).add("a stuck boot");
      assertThat(boot).as("the stuck boot fails, once: " + run.failures()).singleElement()
          .satisfies(f -> assertThat(f.evidence().basis()).isEqualTo(Basis.DOCUMENTED));
      String blocker = boot.get(0).group() + " / " + boot.get(0).operation() + ": " + boot.get(0).name();
      List<CheckResult> blocked = run.results().stream().filter(r -> r.actual().startsWith("blocked by")).toList();
      assertThat(blocked).as("the checks that need the boot are skipped as blocked").hasSizeGreaterThanOrEqualTo(10)
          .allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SKIP);
            assertThat(r.actual()).isEqualTo("blocked by the failure of " + blocker);
          });
      System.out.printf("bounded: a stuck boot (transition timeout %s, remote) was caught in %.1f s with %d requests"
          + " (%d failed, %d blocked)%n", STUCK_TRANSITION_TIMEOUT, run.duration().toMillis() / 1000.0, run.requests(),
          run.count(Outcome.FAIL), blocked.size());
      assertThat(run.duration()).isLessThan(Duration.ofSeconds(60));
      assertThat(run.requests()).isLessThan(STUCK_REQUEST_BOUND);
    }
  }

  /**
   * A stall: mid-run the target stops answering, the connection open. The request that gets no
   * answer fails once, the probe that follows gets none either, and the run stops with the "lost
   * the connection" line (exit 2), well within the target (60 s plus the budget), without piling up
   * requests.
   */
  @Test
  void aStallEndsTheRunInOneLine(@TempDir Path dir) throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> r, r -> r, (n, r) -> n > STALL_AFTER)) {
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      long start = System.nanoTime();
      TheCommandLineTest.Outcome o = TheCommandLineTest.run("--base-url", base, "--access-token", mock.token("demo-paid"),
          "--other-access-token", mock.token("demo-free"), "--assume-remote", "--request-timeout", "2s",
          "--max-time", STALL_BUDGET.toSeconds() + "s", "--report", dir.toString());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.printf("bounded: a stall after %d requests (request timeout 2 s, remote) ended the run in %.1f s"
          + " with %d requests%n", STALL_AFTER, took.toMillis() / 1000.0, proxy.requests());
      assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(2);
      assertThat(o.err().strip()).matches("wawp-conformance: lost the connection to " + Pattern.quote(base)
          + " after \\d+ checks \\(timed out\\)");
      assertThat(took).isLessThan(Duration.ofSeconds(60).plus(STALL_BUDGET));
      // The request that stalled, the probe after it: no request is tried again.
      assertThat(proxy.requests()).isLessThanOrEqualTo(STALL_AFTER + 2);
    }
  }

  /**
   * One request that gets no answer, from a target that still answers: that request's check fails
   * once (no retry), the probe finds the target there, and the run goes on to its end.
   */
  @Test
  void aRequestThatGetsNoAnswerFailsOnceAndTheRunGoesOn() throws Exception {
    AtomicInteger held = new AtomicInteger();
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> r, r -> r,
            (n, r) -> r.method().equals("GET") && r.pathAndQuery().contains("/session/rate-limit") && held.getAndIncrement() == 0)) {
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      Run run = new Suite(SuiteRunner.SPEC).limits(new Suite.Limits(null, Duration.ofSeconds(1)))
          .run(SuiteRunner.target(mock, base), Profile.SHAPE, Duration.ofSeconds(10), line -> { });
      assertThat(run.failures()).as("the one request without an answer").singleElement()
          .satisfies(f -> assertThat(f.exchange().body()).isEqualTo("no answer: timed out"));
      assertThat(run.results()).filteredOn(r -> r.exchange() != null && r.exchange().status() == -1).hasSize(1);
    }
  }

  @AfterAll
  static void reportTheCatchRate() {
    for (Basis basis : List.of(Basis.DOCUMENTED, Basis.POSITION)) {
      List<String> caught = CAUGHT.getOrDefault(basis, List.of());
      List<String> missed = MISSED.getOrDefault(basis, List.of());
      System.out.printf("who tests the tester: caught %d of %d variants breaking a %s rule%s%n", caught.size(),
          caught.size() + missed.size(), basis.word(), missed.isEmpty() ? "" : "; missed: " + missed);
    }
  }
}
