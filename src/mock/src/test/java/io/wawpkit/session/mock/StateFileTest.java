package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.mock.internal.cli.MockCommand;
import io.wawpkit.session.mock.internal.persist.StateFileException;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A state file the mock cannot use is refused at start, in one line, and left as it was. */
class StateFileTest {
  private static final String ACCOUNT = "{\"id\":\"acme\",\"token\":\"acme-secret\",\"plan\":\"paid\"}";
  private static final String SESSION = "{\"instanceId\":\"ABC\",\"name\":\"n\",\"accountId\":\"acme\",\"seed\":1,"
      + "\"status\":\"STOPPED\",\"savedLogin\":false}";

  @TempDir
  Path dir;

  private static String file(String accounts, String sessions) {
    return "{\"version\":1,\"accounts\":[" + accounts + "],\"sessions\":[" + sessions + "]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not JSON|{\"version\":1,\"accounts\":[{\"id\":\"acme-secret|not valid JSON",
      "unknown version|{\"version\":2,\"accounts\":[],\"sessions\":[]}|/version",
      "unknown plan|{\"version\":1,\"accounts\":[{\"id\":\"a\",\"token\":\"t\",\"plan\":\"gold\"}],\"sessions\":[]}|/accounts/0/plan",
      "no sessions|{\"version\":1,\"accounts\":[]}|sessions",
  })
  void aDamagedShapeIsRefusedNamingWhere(String what, String content, String named) throws Exception {
    assertRefused(content, named);
  }

  @Test
  void whatASchemaCannotSayIsRefusedToo() throws Exception {
    assertRefused(file(ACCOUNT, SESSION.replace("STOPPED", "DANCING")), "DANCING");
    assertRefused(file(ACCOUNT, SESSION.replace("acme", "ghost")), "ghost");
    assertRefused(file(ACCOUNT, SESSION + "," + SESSION), "second session with the id ABC");
    assertRefused(file(ACCOUNT + "," + ACCOUNT.replace("acme-secret", "other"), ""), "two accounts have the id acme");
    assertRefused(file(ACCOUNT + "," + ACCOUNT.replace("\"acme\"", "\"b\""), ""), "account b has the token of another");
    // and a sound one still loads
    Path f = dir.resolve("good.json");
    Files.writeString(f, file(ACCOUNT, SESSION));
    try (WawpMock mock = WawpMock.builder().stateFile(f).start()) {
      assertThat(mock.control().status("ABC")).isEqualTo("STOPPED");
    }
  }

  private void assertRefused(String content, String named) throws Exception {
    Path f = dir.resolve("state.json");
    Files.writeString(f, content);
    assertThatThrownBy(() -> WawpMock.builder().stateFile(f).start())
        .isInstanceOf(StateFileException.class)
        .hasMessageContaining(named)
        .hasMessageNotContaining("acme-secret");
    assertThat(Files.readString(f)).isEqualTo(content);
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".json")).toList()).isEmpty();
    }
  }

  @Test
  void theCliSaysItInOneLineWithExitCode2() throws Exception {
    Path f = dir.resolve("state.json");
    Files.writeString(f, "{\"version\":1,\"accounts\":[{\"id\":\"acme-secret");
    Cli cli = Cli.run("--port", "0", "--state-file", f.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err.strip().lines()).hasSize(1);
    assertThat(cli.err).contains("not valid JSON").doesNotContain("Exception", "acme-secret");
  }

  @Test
  void anUnwritableStateFileIsRefusedAtStart() throws Exception {
    Files.writeString(dir.resolve("plain-file"), "x");
    Path f = dir.resolve("plain-file").resolve("state.json");
    assertThatThrownBy(() -> WawpMock.builder().stateFile(f).start())
        .isInstanceOf(StateFileException.class).hasMessageContaining("cannot write the state file");
    Cli cli = Cli.run("--port", "0", "--state-file", f.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err.strip().lines()).hasSize(1);
    assertThat(cli.err).contains("cannot write the state file").doesNotContain("Exception");
  }

  @Test
  void writesThatStartFailingLaterAreLoudAndChangesAreRefusedUntilTheyWork() throws Exception {
    Path sub = dir.resolve("sub");
    Path f = sub.resolve("state.json");
    String err = StdErr.during(() -> {
      try (WawpMock mock = WawpMock.builder().stateFile(f).start()) {
        SpecClient api = new SpecClient(mock);
        String token = mock.token(DemoAccounts.PAID);
        String id = api.create(token);
        Wait.until("the first write", Duration.ofSeconds(5), () -> Files.exists(f));
        // the directory goes away and a file takes its name: every later write fails
        delete(f);
        delete(sub);
        write(sub);
        // a change, so that a write is due; a timed move of the first session may have come first
        // and already found the writes failing, then this create answers 503 itself
        api.query("POST", "/session/create", token, null);
        Wait.until("the failure to show", Duration.ofSeconds(5),
            () -> api.query("POST", "/session/create", token, null).status() == 503);
        assertThat(api.query("POST", "/session/create", token, null).code()).isEqualTo("service_unavailable");
        assertThat(api.query("GET", "/session/info", token, id).status()).isEqualTo(200);
        assertThat(RawHttp.request(mock, "GET /_mock/health HTTP/1.1").status()).isEqualTo(503);

        delete(sub);
        mkdir(sub);
        Wait.until("writes to work again", Duration.ofSeconds(5),
            () -> api.query("POST", "/session/create", token, null).status() == 200);
      }
    });
    assertThat(err).contains("ERROR", "cannot write the state file", "written again");
    assertThat(err.lines().filter(l -> l.contains("ERROR"))).hasSize(1);
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path p) {
    try {
      Files.writeString(p, "not a directory");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void mkdir(Path p) {
    try {
      Files.createDirectory(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The mock's CLI run in this JVM, for a start that fails (a successful one would run until stopped). */
  private record Cli(int code, String err) {
    static Cli run(String... args) {
      PrintStream old = System.err;
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code;
      try {
        code = MockCommand.run(args);
      } finally {
        System.setErr(old);
      }
      return new Cli(code, e.toString(StandardCharsets.UTF_8));
    }
  }
}
