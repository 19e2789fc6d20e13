package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.conformance.cli.ConformanceCommand;
import io.wawpkit.session.mock.WawpMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret in any report: a target that holds distinctive secrets (an HMAC key and a custom header
 * value in its webhooks, a proxy URL's password and a proxy password in its info) and answers them
 * back, in their JSON members, in plain text, and by echoing every request (the suite's own HMAC key
 * and the tokens included) into its answers, while a webhook check fails (the list read back is not
 * the one set, and the events are signed with another key). The suite runs against it through the
 * command line; then the console and all three reports are searched for every planted value: none
 * may appear.
 */
class NoSecretInAnyReportTest {
  static final String HMAC_KEY = "planted-hmac-key-5a1f";
  static final String HEADER_VALUE = "planted-header-value-77c2";
  static final String PROXY_URL_PASSWORD = "planted-proxy-url-pass-93e0";
  static final String PROXY_PASSWORD = "planted-proxy-password-41d8";
  /** The key the suite's own webhook check sends (EventChecks). */
  static final String SUITE_HMAC_KEY = "conformance-hmac-key";
  static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger planted = new AtomicInteger();

  @Test
  void plantedSecretsAppearInNoConsoleLineAndNoReport(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    String paid;
    String free;
    Path junit = dir.resolve("ci").resolve("conformance.xml");
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), NoSecretInAnyReportTest::signWithAnotherKey, this::answerSecrets)) {
      paid = mock.token("demo-paid");
      free = mock.token("demo-free");
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      exit = ConformanceCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--base-url", base,
          "--access-token", paid, "--other-access-token", free, "--report", dir.resolve("report").toString(),
          "--junit-xml", junit.toString(), "--strict");
    }
    String console = out + "\n" + err;
    assertThat(exit).as(console).isEqualTo(1);
    assertThat(planted.get()).as("the target answered the planted secrets").isPositive();

    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("console", console);
    outputs.put("report.html", Files.readString(dir.resolve("report/report.html")));
    outputs.put("report.md", Files.readString(dir.resolve("report/report.md")));
    outputs.put("junit.xml", Files.readString(junit));
    assertThat(dir.resolve("report/junit.xml")).doesNotExist();
    List<String> secrets = List.of(HMAC_KEY, HEADER_VALUE, PROXY_URL_PASSWORD, PROXY_PASSWORD, SUITE_HMAC_KEY, paid, free);
    outputs.forEach((name, text) -> {
      for (String secret : secrets) {
        assertThat(text).as(name + " holds no " + secret).doesNotContain(secret);
      }
    });
    // The failing webhook checks are there, their evidence masked, not dropped.
    assertThat(outputs.get("console")).contains("a webhook list set is what the next read shows", "****");
    assertThat(outputs.get("report.html")).contains("a webhook list set is what the next read shows", "****",
        "proxy-user:****@proxy.example");
    assertThat(outputs.get("junit.xml")).contains("a webhook list set is what the next read shows", "****");
  }

  /** The suite's webhook is set with another key (a planted secret): its events' signatures fail. */
  static RewritingProxy.Req signWithAnotherKey(RewritingProxy.Req r) {
    return r.body().contains(SUITE_HMAC_KEY)
        ? new RewritingProxy.Req(r.method(), r.pathAndQuery(), r.headers(), r.body().replace(SUITE_HMAC_KEY, HMAC_KEY)) : r;
  }

  /**
   * Every JSON answer echoes the request (its query with the token, its body with a key); webhook
   * reads carry one more webhook with a planted key and custom header, info reads a proxy with a
   * URL password and a password, each also quoted in plain text.
   */
  RewritingProxy.Resp answerSecrets(RewritingProxy.Resp r) {
    JsonNode tree;
    try {
      tree = JSON.readTree(r.body());
    } catch (Exception e) {
      return r;
    }
    if (!(tree instanceof ObjectNode answer)) {
      return r;
    }
    String path = r.request().pathAndQuery();
    answer.put("x_echo", r.request().method() + " " + path + " " + r.request().body());
    if (path.contains("/session/webhook") && r.request().method().equals("GET") && answer.path("webhooks").isArray()) {
      ObjectNode hook = ((ArrayNode) answer.get("webhooks")).addObject();
      hook.put("url", "https://planted.example/hook");
      hook.putArray("events").add("session.status");
      hook.putObject("hmac").put("key", HMAC_KEY);
      hook.putArray("customHeaders").addObject().put("name", "X-Api-Key").put("value", HEADER_VALUE);
      answer.put("x_note", "deliveries signed with " + HMAC_KEY + " and sent with " + HEADER_VALUE);
      planted.incrementAndGet();
    }
    if (path.contains("/session/info") && answer.path("config").isObject()) {
      ObjectNode proxy = ((ObjectNode) answer.get("config")).putObject("proxy");
      proxy.put("server", "http://proxy-user:" + PROXY_URL_PASSWORD + "@proxy.example:3128");
      proxy.put("username", "proxy-user");
      proxy.put("password", PROXY_PASSWORD);
      answer.put("x_note", "connecting through proxy-user:" + PROXY_URL_PASSWORD + " with " + PROXY_PASSWORD);
      planted.incrementAndGet();
    }
    return new RewritingProxy.Resp(r.status(), r.headers(), answer.toString(), r.request());
  }
}
