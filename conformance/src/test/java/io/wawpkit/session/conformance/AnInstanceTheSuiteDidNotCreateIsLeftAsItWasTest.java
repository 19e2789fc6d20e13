package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.SpecOperation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --instance-id names an instance the suite did not create: without --allow-destructive the suite
 * changes nothing there; with it, the rate-limit policy and webhook list are as they were afterwards
 * (even when a write landed differently), the instance is never deleted, and a setting it could
 * not read is not written at all.
 */
class AnInstanceTheSuiteDidNotCreateIsLeftAsItWasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOOKS = "[{\"url\":\"https://owner.invalid/hook\",\"events\":[\"session.status\"],\"is_active\":false}]";

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private WawpMock mock;
  private String token;
  private String instance;
  private String policy;

  /** The owner's instance: started (so SCAN_QR_CODE), with a policy other than the default and one webhook. */
  @BeforeEach
  void anInstanceOfTheOwner() throws Exception {
    mock = SuiteRunner.mock(null);
    token = mock.token("demo-paid");
    instance = call("POST", "/session/create", null).path("instance_id").asText();
    JsonNode rateLimit = call("GET", "/session/rate-limit", null);
    for (JsonNode p : rateLimit.path("policies")) {
      if (p.path("available").asBoolean() && !p.path("slug").asText().equals(rateLimit.path("current_policy").asText())) {
        policy = p.path("slug").asText();
      }
    }
    call("PATCH", "/session/rate-limit", "{\"policy_slug\":\"" + policy + "\"}");
    call("POST", "/session/webhook", "{\"webhooks\":" + HOOKS + "}");
    call("POST", "/session/start", null);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!"SCAN_QR_CODE".equals(status()) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(status()).isEqualTo("SCAN_QR_CODE");
    assertThat(currentPolicy()).isEqualTo(policy);
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  @Test
  void withoutTheFlagNothingIsWrittenOrStopped(@TempDir Path dir) throws Exception {
    run(dir, r -> r);
    assertThat(sent).as("requests that change the owner's instance").noneMatch(this::changes);
    assertThat(status()).isEqualTo("SCAN_QR_CODE");
    assertThat(currentPolicy()).isEqualTo(policy);
    assertThat(webhooks()).isEqualTo(JSON.readTree(HOOKS));
  }

  @Test
  void withTheFlagThePolicyAndWebhooksAreRestored(@TempDir Path dir) throws Exception {
    // The suite's first write of each setting lands as something else: only a restore puts them back.
    boolean[] bent = new boolean[2];
    TheCommandLineTest.Outcome o = run(dir, r -> {
      if (r.pathAndQuery().contains(instance) && r.method().equals("PATCH") && !bent[0]) {
        bent[0] = true;
        return new RewritingProxy.Req(r.method(), r.pathAndQuery(), r.headers(), "{\"policy_slug\":\"standard_policy\"}");
      }
      if (r.pathAndQuery().contains(instance) && r.pathAndQuery().contains("/session/webhook") && r.method().equals("POST") && !bent[1]) {
        bent[1] = true;
        return new RewritingProxy.Req(r.method(), r.pathAndQuery(), r.headers(), "{\"webhooks\":[]}");
      }
      return r;
    }, "--allow-destructive");
    assertThat(bent).containsExactly(true, true);
    assertThat(sent).as("the suite stopped the instance: the flag allows it").anyMatch(this::changes);
    assertThat(status()).as("never deleted").isNotNull();
    assertThat(currentPolicy()).isEqualTo(policy);
    assertThat(webhooks()).isEqualTo(JSON.readTree(HOOKS));
    assertThat(Files.readString(dir.resolve("report/junit.xml")))
        .contains("the instance the suite did not create keeps its setting (getRateLimit)")
        .contains("the instance the suite did not create keeps its setting (getWebhooks)");
    assertThat(o.out()).doesNotContain("FAIL shape / setRateLimit: the instance");
  }

  @Test
  void withTheFlagASettingItCannotReadIsNotWritten(@TempDir Path dir) throws Exception {
    // The reads of the owner's settings fail: the suite must not write a guess over them.
    try (RewritingProxy proxy = new RewritingProxy(mock.origin(), this::record, r ->
        r.request().method().equals("GET") && r.request().pathAndQuery().contains(instance)
            && (r.request().pathAndQuery().contains("/session/rate-limit") || r.request().pathAndQuery().contains("/session/webhook"))
            ? new RewritingProxy.Resp(503, r.headers(), "{\"code\":\"service_unavailable\",\"message\":\"down\",\"data\":{\"status\":503}}",
                r.request()) : r)) {
      TheCommandLineTest.run("--base-url", proxy.origin() + "/v2", "--access-token", token, "--instance-id", instance,
          "--allow-destructive", "--profile", "shape", "--report", dir.resolve("report").toString());
    }
    assertThat(sent).noneMatch(s -> s.startsWith("PATCH /v2/session/rate-limit") || s.startsWith("POST /v2/session/webhook"));
    assertThat(Files.readString(dir.resolve("report/junit.xml")))
        .contains("reading the current value of an instance the suite did not create failed (getRateLimit answered HTTP 503)")
        .contains("reading the current value of an instance the suite did not create failed (getWebhooks answered HTTP 503)");
    assertThat(currentPolicy()).isEqualTo(policy);
  }

  @Test
  void withTheFlagWebhooksCarryingAnHmacKeyAreNotWrittenBack(@TempDir Path dir) throws Exception {
    // The owner's webhook is signed; the target masks the key when it reads the list out, as a
    // live service may: writing back what was read would replace the real key with the mask.
    String signed = "[{\"url\":\"https://owner.invalid/hook\",\"events\":[\"session.status\"],\"hmac\":{\"key\":\"owner-real-key\"}}]";
    call("POST", "/session/webhook", "{\"webhooks\":" + signed + "}");
    try (RewritingProxy proxy = new RewritingProxy(mock.origin(), this::record, r ->
        r.request().method().equals("GET") && r.request().pathAndQuery().contains("/session/webhook")
            ? new RewritingProxy.Resp(r.status(), r.headers(), r.body().replace("owner-real-key", "****"), r.request()) : r)) {
      TheCommandLineTest.Outcome o = TheCommandLineTest.run("--base-url", proxy.origin() + "/v2", "--access-token", token,
          "--instance-id", instance, "--allow-destructive", "--profile", "shape", "--report", dir.resolve("report").toString());
      assertThat(o.exit()).as(o.out() + o.err()).isZero();
    }
    assertThat(sent).noneMatch(s -> s.startsWith("POST /v2/session/webhook"));
    assertThat(Files.readString(dir.resolve("report/junit.xml"))).contains("its webhooks carry HMAC keys");
    assertThat(webhooks()).isEqualTo(JSON.readTree(signed));
  }

  /** The shape profile against the owner's instance, through a proxy that records what reaches it. */
  private TheCommandLineTest.Outcome run(Path dir, UnaryOperator<RewritingProxy.Req> bend, String... more) throws Exception {
    try (RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> bend.apply(record(r)), r -> r)) {
      List<String> args = new java.util.ArrayList<>(List.of("--base-url", proxy.origin() + "/v2", "--access-token", token,
          "--instance-id", instance, "--profile", "shape", "--report", dir.resolve("report").toString()));
      args.addAll(List.of(more));
      TheCommandLineTest.Outcome o = TheCommandLineTest.run(args.toArray(String[]::new));
      assertThat(o.exit()).as(o.out() + o.err()).isZero();
      return o;
    }
  }

  private RewritingProxy.Req record(RewritingProxy.Req r) {
    if (r.pathAndQuery().contains("instance_id=" + instance)) {
      sent.add(r.method() + " " + r.pathAndQuery().replaceAll("\\?.*", ""));
    }
    return r;
  }

  /** Whether a request the proxy saw is one of an operation that is not a pure read. */
  private boolean changes(String request) {
    String[] parts = request.split(" ", 2);
    return SuiteRunner.SPEC.operations().stream().anyMatch(op -> op.method().name().equals(parts[0])
        && parts[1].equals("/v2" + op.path()) && !op.action().equals(SpecOperation.READ));
  }

  private String status() throws Exception {
    return call("GET", "/session/info", null).path("status").asText(null);
  }

  private String currentPolicy() throws Exception {
    return call("GET", "/session/rate-limit", null).path("current_policy").asText(null);
  }

  private JsonNode webhooks() throws Exception {
    return call("GET", "/session/webhook", null).path("webhooks");
  }

  private JsonNode call(String method, String path, String body) throws Exception {
    String query = "?access_token=" + token + (instance == null ? "" : "&instance_id=" + instance);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path + query))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
  }
}
