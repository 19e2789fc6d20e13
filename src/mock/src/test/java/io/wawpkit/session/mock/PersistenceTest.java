package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.mock.control.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  @TempDir
  Path dir;

  @Test
  void accountsAndSessionsSurviveARestart() throws Exception {
    Path file = dir.resolve("state.json");
    String id;
    String token;
    try (WawpMock first = WawpMock.builder().stateFile(file).startingDuration(Duration.ofMillis(30)).start()) {
      SpecClient api = new SpecClient(first);
      token = first.token(DemoAccounts.FREE);
      id = api.create(token);
      api.query("PATCH", "/session/rate-limit", token, id, "{\"policy_slug\":\"strict\"}");
      api.query("POST", "/session/start", token, id);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5), () -> "SCAN_QR_CODE".equals(first.control().status(id)));
      first.control().scan(id);
      first.control().setPlan(DemoAccounts.FREE, Plan.PAID);
      api.query("POST", "/session/webhook", token, id,
          "{\"webhooks\":[{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"message\"]}]}");
      String gone = api.create(token);
      api.query("DELETE", "/session/delete", token, gone);
    }
    assertThat(new ObjectMapper().readTree(file.toFile()).get("sessions")).hasSize(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("state.json");
    }

    try (WawpMock second = WawpMock.builder().stateFile(file).startingDuration(Duration.ofMillis(30)).start()) {
      SpecClient api = new SpecClient(second);
      assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo("WORKING");
      assertThat(api.query("GET", "/session/rate-limit", token, id).status("current_policy")).isEqualTo("strict");
      assertThat(api.query("GET", "/session/webhook", token, id).body().get("webhooks")).hasSize(1);
      // the saved login survived too: stop and start resume WORKING
      api.query("POST", "/session/stop", token, id);
      api.query("POST", "/session/start", token, id);
      Wait.until("WORKING", Duration.ofSeconds(5), () -> "WORKING".equals(second.control().status(id)));
      assertThat(second.control().sessions(null)).hasSize(1);
    }
  }

  /**
   * Docs: new statuses may appear; but a state file is the mock's own, so a status its model does
   * not know means the file is damaged: refused in one line that names it, never a crash.
   */
  @Test
  void aSavedStatusOutsideTheModelIsRefusedInOneLineNamingIt() throws Exception {
    Path file = dir.resolve("state.json");
    try (WawpMock first = WawpMock.builder().stateFile(file).start()) {
      new SpecClient(first).create(first.token(DemoAccounts.PAID));
    }
    Files.writeString(file, Files.readString(file).replace("\"STOPPED\"", "\"HIBERNATING\""));
    String before = Files.readString(file);
    assertThatThrownBy(() -> WawpMock.builder().stateFile(file).start())
        .isInstanceOf(io.wawpkit.session.mock.internal.persist.StateFileException.class)
        .hasMessageContaining("HIBERNATING").hasMessageNotContaining("\n");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void aTemporaryFileLeftByAnInterruptedWriteDoesNotStopTheLastGoodStateLoading() throws Exception {
    Path file = dir.resolve("state.json");
    String id;
    String token;
    try (WawpMock first = WawpMock.builder().stateFile(file).start()) {
      token = first.token(DemoAccounts.PAID);
      id = new SpecClient(first).create(token);
    }
    // what a write killed before its move leaves: a torn temporary file (named as StateFile names
    // them) and an empty one, both newer than the good file
    Files.writeString(dir.resolve("state.json4711.tmp"), "{\"version\":1,\"accounts\":[{\"id\":\"demo-pa");
    Files.createFile(dir.resolve("state.json4712.tmp"));

    try (WawpMock second = WawpMock.builder().stateFile(file).start()) {
      SpecClient api = new SpecClient(second);
      assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo(second.spec().lifecycle().initial());
      assertThat(second.control().sessions(null)).hasSize(1);
    }
    assertThat(new ObjectMapper().readTree(file.toFile()).get("sessions")).hasSize(1);
  }

  @Test
  void theAccountsFileWinsOverTheStateFile() throws Exception {
    Path file = dir.resolve("state.json");
    String demoToken;
    try (WawpMock demo = WawpMock.builder().stateFile(file).start()) {
      demoToken = demo.token(DemoAccounts.PAID);
      new SpecClient(demo).create(demoToken);
    }
    Path accounts = dir.resolve("acc.json");
    Files.writeString(accounts, "[{\"id\":\"acme\",\"token\":\"acme-token\",\"plan\":\"paid\"}]");
    String[] err = new String[1];
    err[0] = StdErr.during(() -> {
      try (WawpMock mine = WawpMock.builder().accountsFile(accounts).stateFile(file).start()) {
        SpecClient api = new SpecClient(mine);
        assertThat(mine.accounts()).extracting(a -> a.id()).containsExactly("acme");
        assertThat(api.query("POST", "/session/create", demoToken, null).code()).isEqualTo("invalid_access_token");
        assertThat(mine.control().sessions(null)).isEmpty();
        api.create("acme-token");
      }
    });
    assertThat(err[0].strip().lines()).hasSize(1).first().asString()
        .contains("warning", "no longer configured", DemoAccounts.PAID).doesNotContain(demoToken);
    String saved = Files.readString(file);
    assertThat(saved).doesNotContain("demo-").contains("acme");
  }

  @Test
  void planChangesThroughTheControlApiSurviveARestart() throws Exception {
    Path file = dir.resolve("state.json");
    try (WawpMock first = WawpMock.builder().stateFile(file).start()) {
      java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(first.controlUrl() + "/accounts/demo-free/plan"))
              .header("Content-Type", "application/json")
              .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"plan\":\"paid\"}")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
    }
    try (WawpMock second = WawpMock.builder().stateFile(file).start()) {
      SpecClient api = new SpecClient(second);
      String token = second.token(DemoAccounts.FREE);
      assertThat(api.query("GET", "/session/webhook", token, api.create(token)).status()).isEqualTo(200);
      // a reset still puts the configured plan back
      second.control().reset();
      assertThat(api.query("GET", "/session/webhook", token, api.create(token)).code()).isEqualTo("subscription_required");
    }
  }
}
