package io.wawpkit.session.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.mock.control.MockControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts each server the way its users would run it at its fastest sensible setting, on
 * 127.0.0.1 only, and returns once it answered its first request (that time is its start-up).
 */
final class Launch {
  /** The instance and token the stateless servers are asked about (any will do for them). */
  static final String DOC_INSTANCE = "3EB0BCB2E3D4";
  static final String PAID_TOKEN = "demo-paid-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tools tools;

  Launch(Tools tools) {
    this.tools = tools;
  }

  /** JDK com.sun.net.httpserver with TCP_NODELAY, fixed bytes: the ceiling. */
  Server bare(String heap) {
    int port = Http.freePort();
    List<String> cmd = List.of(tools.java.toString(), "-Xmx" + heap, "-Dsun.net.httpserver.nodelay=true",
        "-cp", tools.classPath, BareServer.class.getName(), String.valueOf(port));
    Proc p = Proc.start("bare JDK server", cmd, tools.work("logs").resolve("bare-" + port + ".log"));
    String origin = "http://127.0.0.1:" + port;
    return Server.await("bare JDK server", "TCP_NODELAY on, fixed bytes", p, origin, "/v2",
        "/v2/session/info", DOC_INSTANCE, PAID_TOKEN);
  }

  /** Our mock's runnable jar; validation on (it cannot be switched off). */
  Server ours(String name, List<String> jvmOptions, String... mockArgs) {
    int port = Http.freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(tools.java.toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", tools.mockJar().toString(), "--port", String.valueOf(port)));
    cmd.addAll(List.of(mockArgs));
    Proc p = Proc.start(name, cmd, tools.work("logs").resolve("ours-" + port + ".log"));
    String origin = "http://127.0.0.1:" + port;
    return Server.await(name, "validation on", p, origin, "/v2", "POST /v2/session/create?access_token=" + PAID_TOKEN,
        null, PAID_TOKEN);
  }

  /** WireMock standalone, request journal off, one stub per path used here. */
  Server wireMock(String heap) {
    int port = Http.freePort();
    Path root = tools.work("wiremock-" + port);
    writeStubs(root.resolve("mappings"));
    List<String> cmd = List.of(tools.java.toString(), "-Xmx" + heap, "-jar", tools.wireMockJar().toString(),
        "--port", String.valueOf(port), "--bind-address", "127.0.0.1", "--no-request-journal", "--disable-banner",
        "--root-dir", root.toString());
    Proc p = Proc.start("WireMock", cmd, tools.work("logs").resolve("wiremock-" + port + ".log"));
    String origin = "http://127.0.0.1:" + port;
    return Server.await("WireMock 3.13.2", "--no-request-journal", p, origin, "/v2",
        "/v2/session/info?access_token=" + PAID_TOKEN + "&instance_id=" + DOC_INSTANCE, DOC_INSTANCE, PAID_TOKEN);
  }

  /** Prism serving the published spec (examples inlined), logging at warn, validating requests. */
  Server prism() {
    int port = Http.freePort();
    List<String> cmd = List.of(tools.prism().toString(), "mock", "-h", "127.0.0.1", "-p", String.valueOf(port),
        "-v", "warn", tools.specBundle().toString());
    Proc p = Proc.start("Prism", cmd, tools.work("logs").resolve("prism-" + port + ".log"));
    String origin = "http://127.0.0.1:" + port;
    return Server.await("Prism " + tools.prismVersion(), "-v warn", p, origin, "",
        "/session/info?access_token=" + PAID_TOKEN + "&instance_id=" + DOC_INSTANCE, DOC_INSTANCE, PAID_TOKEN);
  }

  /**
   * Starts servers at once and waits for all; if one fails, the others are stopped too. For
   * sections that do not measure start-up.
   */
  static List<Server> together(List<java.util.function.Supplier<Server>> starts) {
    List<java.util.concurrent.CompletableFuture<Server>> futures = new ArrayList<>();
    for (java.util.function.Supplier<Server> start : starts) {
      futures.add(java.util.concurrent.CompletableFuture.supplyAsync(start));
    }
    List<Server> servers = new ArrayList<>();
    RuntimeException failure = null;
    for (java.util.concurrent.CompletableFuture<Server> f : futures) {
      try {
        servers.add(f.join());
      } catch (java.util.concurrent.CompletionException e) {
        failure = e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    if (failure != null) {
      servers.forEach(Server::close);
      throw failure;
    }
    return servers;
  }

  /** A session of our mock made WORKING through the public API (and the control API's scan). */
  static Server withWorkingSession(Server ours) {
    String created = Http.post(ours.origin() + "/v2/session/create?access_token=" + ours.token(), null);
    String id = read(created).path("instance_id").asText();
    Server s = ours.withInstance(id);
    Http.post(s.url("start"), null);
    // STARTING lasts --starting-duration; scan as soon as the QR shows.
    for (int i = 0; i < 400; i++) {
      if ("SCAN_QR_CODE".equals(read(Http.get(s.url("info"))).path("status").asText())) {
        break;
      }
      Http.sleep(25);
    }
    MockControl.MoveResult scanned = control(ours).scan(id);
    if (scanned != MockControl.MoveResult.APPLIED) {
      throw new IllegalStateException("the mock's control API did not scan " + id + ": " + scanned);
    }
    return s;
  }

  /** Bulk-creates sessions through the control API, each started, in batches of at most 50,000. */
  static void bulkCreate(Server ours, int count) {
    MockControl control = control(ours);
    int left = count;
    while (left > 0) {
      int n = Math.min(left, 50_000);
      control.bulkCreate("demo-other", n, "start");
      left -= n;
    }
  }

  /** The control API of our mock, which runs in a process of its own on 127.0.0.1 (no control token). */
  private static MockControl control(Server ours) {
    return MockControl.over(URI.create(ours.origin()));
  }

  private static void writeStubs(Path mappings) {
    String info = new String(InfoBody.bytes(), StandardCharsets.UTF_8);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("mappings");
    list.add(stub("GET", "/v2/session/info", info));
    list.add(stub("POST", "/v2/session/start", info.replace("\"WORKING\"", "\"STARTING\"")));
    list.add(stub("POST", "/v2/session/stop", info.replace("\"WORKING\"", "\"STOPPED\"")));
    try {
      Files.createDirectories(mappings);
      Files.writeString(mappings.resolve("session.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode stub(String method, String path, String body) {
    ObjectNode s = JSON.createObjectNode();
    s.putObject("request").put("method", method).put("urlPath", path);
    s.putObject("response").put("status", 200).put("body", body)
        .putObject("headers").put("Content-Type", "application/json");
    return s;
  }

  static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + json, e);
    }
  }
}
