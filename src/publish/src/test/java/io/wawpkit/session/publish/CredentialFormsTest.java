package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the published clients' WawpClient puts on the wire, headers included (the mock's journal
 * keeps no headers): a stub server records every request of a script that, with one client,
 * creates a session and reads two sessions. One credential form is sent and only that one, never
 * an empty or "undefined" credential; create carries the token only; each session carries its own id.
 */
class CredentialFormsTest {
  private static final String TOKEN = "tok-0123456789";
  private static HttpServer server;
  private static final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void stub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v2/", ex -> {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      String id = ex.getRequestHeaders().getFirst("X-Instance-ID");
      seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " ?" + ex.getRequestURI().getRawQuery()
          + " auth=" + auth + " id=" + id);
      String body = ex.getRequestURI().getPath().endsWith("/session/create")
          ? "{\"instance_id\":\"NEW1\",\"status\":\"STOPPED\"}"
          : "{\"name\":\"s\",\"status\":\"WORKING\"}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
  }

  @ParameterizedTest
  @CsvSource({"typescript,headers", "typescript,query", "python,headers", "python,query"})
  void oneFormOnlyAndEachSessionItsOwnId(String language, String form) throws IOException {
    seen.clear();
    Published.Run run = language.equals("typescript") ? typeScript(form) : python(form);
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output().strip()).isEqualTo("NEW1 WORKING WORKING");
    if (form.equals("headers")) {
      assertThat(seen).containsExactly(
          "POST /v2/session/create ?null auth=Bearer " + TOKEN + " id=null",
          "GET /v2/session/info ?null auth=Bearer " + TOKEN + " id=AAA",
          "GET /v2/session/info ?null auth=Bearer " + TOKEN + " id=BBB");
    } else {
      assertThat(seen).hasSize(3);
      assertThat(seen.get(0)).isEqualTo("POST /v2/session/create ?access_token=" + TOKEN + " auth=null id=null");
      for (int i = 1; i < 3; i++) {
        String id = i == 1 ? "AAA" : "BBB";
        assertThat(seen.get(i)).matches("GET /v2/session/info \\?(access_token=" + TOKEN + "&instance_id=" + id
            + "|instance_id=" + id + "&access_token=" + TOKEN + ") auth=null id=null");
      }
    }
  }

  private static Published.Run typeScript(String form) throws IOException {
    QuickStartTest.compiledTypeScript();
    Path dir = QuickStartTest.TS_WORK;
    Files.writeString(dir.resolve("forms.js"), """
        const { WawpClient } = require('@wawpkit/wawp-session-client');
        (async () => {
          const wawp = new WawpClient({ baseUrl: process.argv[2], accessToken: process.env.TOKEN, credentialForm: process.argv[3] });
          const created = await wawp.create();
          const a = await wawp.instance('AAA').info();
          const b = await wawp.instance('BBB').info();
          console.log(created.instanceId, a.status, b.status);
        })().catch((e) => { console.error(e); process.exit(1); });
        """);
    return Published.run(dir, List.of("node", "forms.js", base(), form), Map.of("TOKEN", TOKEN), 60);
  }

  private static Published.Run python(String form) throws IOException {
    String python = QuickStartTest.pythonWithTheClientsRequirements();
    Path dir = Published.WORK.resolve("forms-py").toAbsolutePath();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("forms.py"), """
        import os, sys
        from wawp_session.wawp import WawpClient
        with WawpClient(os.environ["TOKEN"], base_url=sys.argv[1], credential_form=sys.argv[2]) as wawp:
            created = wawp.create()
            a = wawp.instance("AAA").info()
            b = wawp.instance("BBB").info()
            print(created.instance_id, a.status.value, b.status.value)
        """);
    return Published.run(dir, List.of(python, "forms.py", base(), form), Map.of("TOKEN", TOKEN,
        "PYTHONPATH", Published.DIR.resolve("clients/python").toAbsolutePath().toString(), "PYTHONDONTWRITEBYTECODE", "1"), 60);
  }
}
