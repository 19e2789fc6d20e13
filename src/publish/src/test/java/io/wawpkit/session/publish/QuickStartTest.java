package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main README's TypeScript and Python quick-starts, as they stand there, run against the
 * embedded mock (its simulated person scans the QR 2 s after it shows; the quick-starts read the
 * session every second, so they see each status) with node and python3, in both credential forms: create, start, wait for WORKING, read info, delete. Each output is printed
 * (for the record) and checked, and so is what the mock's request journal saw: the credentials of
 * one form only, never "undefined".
 */
class QuickStartTest {
  static final String TS_MARK = "<!-- quick-start: typescript -->";
  static final String PY_MARK = "<!-- quick-start: python -->";
  private static final Path CLIENTS = Published.DIR.resolve("clients");
  static final Path TS_WORK = Published.WORK.resolve("quickstart-ts").toAbsolutePath();

  private static WawpMock mock;
  private static String token;

  @BeforeAll
  static void startTheMock() {
    mock = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(java.time.Duration.ofMillis(200))
        .autoScanAfter(java.time.Duration.ofSeconds(2)).start();
    token = mock.token("demo-paid");
  }

  @AfterAll
  static void stopTheMock() {
    if (mock != null) {
      mock.close();
    }
  }

  /** The fenced block right after a marker line of the main README. */
  static String snippet(String mark, String fence) {
    String readme = Published.read(Published.ROOT.resolve("README.md"));
    Matcher m = Pattern.compile(Pattern.quote(mark) + "\\n```" + fence + "\\n(.*?)\\n```\\n", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README.md has a ```" + fence + " block right after " + mark).isTrue();
    String code = m.group(1) + "\n";
    assertThat(m.find()).as("only one block after " + mark).isFalse();
    return code;
  }

  @ParameterizedTest
  @ValueSource(strings = {"headers", "query"})
  void typeScriptQuickStart(String form) throws IOException {
    Path script = compiledTypeScript();
    mock.control().clearRequests();
    Published.Run run = Published.run(TS_WORK, List.of("node", script.toString(), mock.baseUrl(), form),
        Map.of("WAWP_ACCESS_TOKEN", token), 120);
    System.out.println("[quick-start, TypeScript, " + form + "]\n" + run.output().strip());
    assertThat(run.exit()).as(run.output()).isZero();
    assertWalkedTheLifecycle(run.output());
    assertOneCredentialForm(form, run.output());
  }

  @ParameterizedTest
  @ValueSource(strings = {"headers", "query"})
  void pythonQuickStart(String form) throws IOException {
    String python = pythonWithTheClientsRequirements();
    Path dir = Published.WORK.resolve("quickstart-py").toAbsolutePath();
    Files.createDirectories(dir);
    Path script = dir.resolve("quickstart.py");
    Files.writeString(script, snippet(PY_MARK, "python"));
    mock.control().clearRequests();
    Published.Run run = Published.run(dir, List.of(python, script.toString(), mock.baseUrl(), form),
        Map.of("WAWP_ACCESS_TOKEN", token, "PYTHONPATH", CLIENTS.resolve("python").toAbsolutePath().toString(),
            "PYTHONDONTWRITEBYTECODE", "1"), 120);
    System.out.println("[quick-start, Python, " + form + "]\n" + run.output().strip());
    assertThat(run.exit()).as(run.output()).isZero();
    assertWalkedTheLifecycle(run.output());
    assertOneCredentialForm(form, run.output());
  }

  @Test
  void aRefusedRequestIsAWawpErrorWithTheContractsCodeAndNoToken() throws IOException {
    Path script = compiledTypeScript();
    Published.Run run = Published.run(TS_WORK, List.of("node", script.toString(), mock.baseUrl(), "query"),
        Map.of("WAWP_ACCESS_TOKEN", "not-a-token-0123"), 60);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.output().strip()).startsWith("HTTP 401 invalid_access_token: ").doesNotContain("not-a-token-0123");
  }

  /** The install lines beside the quick-starts name this version's npm tarball and wheel. */
  @Test
  void theQuickStartsInstallThisVersion() {
    String version = Published.bundle().at("/info/version").asText();
    String readme = Published.read(Published.ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Quick-starts in TypeScript and Python"), readme.indexOf(PY_MARK));
    assertThat(section).contains("npm install ./wawpkit-wawp-session-client-" + version + ".tgz")
        .contains("pip install ./wawp_session-" + version + "-py3-none-any.whl");
  }

  private static void assertWalkedTheLifecycle(String output) {
    List<String> lines = output.strip().lines().toList();
    assertThat(lines.get(0)).matches("created [A-Za-z0-9_-]+");
    assertThat(lines.get(1)).isEqualTo("start: STARTING");
    assertThat(lines).contains("status: WORKING", "delete: DELETED");
    assertThat(lines).anyMatch(l -> l.matches("info: WORKING, logged in as \\S+@c\\.us"));
    // The QR step: the person scanned while the quick-start printed the QR page's link.
    assertThat(lines).anyMatch(l -> l.startsWith("scan the QR with WhatsApp: http"));
  }

  /** What the mock's journal kept of the quick-start's requests (query strings; headers are not kept). */
  private static void assertOneCredentialForm(String form, String output) {
    String id = output.strip().lines().findFirst().orElseThrow().substring("created ".length());
    List<JournalEntry> requests = mock.control().requests();
    assertThat(requests).extracting(JournalEntry::operationId)
        .contains("createSession", "startSession", "getSessionInfo", "createTempLink", "deleteSession");
    assertThat(requests).allMatch(r -> r.status() < 300, "every request answered 2xx");
    for (JournalEntry r : requests) {
      String query = r.query() == null ? "" : r.query();
      assertThat(query).as(r.method() + " " + r.path()).doesNotContain("undefined").doesNotContain("None");
      if (form.equals("headers")) {
        assertThat(query).as("the headers form puts nothing in " + r.path() + "'s query").isEmpty();
      } else if (r.operationId().equals("createSession")) {
        assertThat(query).as("create carries the token only").startsWith("access_token=").doesNotContain("instance_id");
      } else {
        assertThat(query.split("&")).as(r.path()).containsExactlyInAnyOrder("instance_id=" + id, query.replaceAll(".*(access_token=[^&]*).*", "$1"));
      }
    }
  }

  /** The client compiled as an installed package, and the README's quick-start compiled against it. */
  static synchronized Path compiledTypeScript() throws IOException {
    Path script = TS_WORK.resolve("quickstart.js");
    if (Files.exists(script)) {
      return script;
    }
    Path tsc = Published.ROOT.resolve("node_modules/.bin/tsc").toAbsolutePath();
    Path pkg = TS_WORK.resolve("node_modules/@wawpkit/wawp-session-client");
    Files.createDirectories(pkg);
    Path client = CLIENTS.resolve("typescript-fetch");
    Files.copy(client.resolve("package.json"), pkg.resolve("package.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Published.Run build = Published.run(client, List.of(tsc.toString(), "-p", "tsconfig.json", "--outDir", pkg.resolve("dist").toString()), 180);
    assertThat(build.exit()).as(build.output()).isZero();
    Files.writeString(TS_WORK.resolve("quickstart.ts"), snippet(TS_MARK, "ts"));
    Published.Run compile = Published.run(TS_WORK, List.of(tsc.toString(), "--strict", "--target", "es2020", "--module", "commonjs",
        "--moduleResolution", "node", "--types", "node", "--typeRoots", Published.ROOT.resolve("node_modules/@types").toAbsolutePath().toString(),
        "--skipLibCheck", "quickstart.ts"), 180);
    assertThat(compile.exit()).as(compile.output()).isZero();
    return script;
  }

  static String pythonWithTheClientsRequirements() {
    Published.Run run = Published.pythonEnv(System.getProperty("python.interpreter", "python3"), Map.of(), "build");
    if (run.exit() == Published.PYTHON_SKIPPED) {
      Assumptions.abort(run.output().strip());
    }
    assertThat(run.exit()).as(run.output()).isZero();
    return run.output().strip().lines().reduce((a, b) -> b).orElseThrow();
  }
}
