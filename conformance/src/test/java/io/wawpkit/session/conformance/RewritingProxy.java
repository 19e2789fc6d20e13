package io.wawpkit.session.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * A small proxy on 127.0.0.1 in front of the faithful mock that rewrites requests or answers, to
 * break one rule of the contract without touching the mock's code; or holds requests without an
 * answer, the connection open, as a target that stalls does. It counts the requests it gets.
 */
final class RewritingProxy implements AutoCloseable {
  /** A request on its way to the mock. */
  record Req(String method, String pathAndQuery, Map<String, String> headers, String body) {}

  /** An answer on its way back. */
  record Resp(int status, Map<String, String> headers, String body, Req request) {}

  private static final Set<String> HOP = Set.of("connection", "content-length", "transfer-encoding", "host", "upgrade");

  private final HttpServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String upstream;
  private final UnaryOperator<Req> onRequest;
  private final UnaryOperator<Resp> onResponse;
  private final BiPredicate<Integer, Req> hold;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch closing = new CountDownLatch(1);

  RewritingProxy(String upstreamOrigin, UnaryOperator<Req> onRequest, UnaryOperator<Resp> onResponse) throws IOException {
    this(upstreamOrigin, onRequest, onResponse, (n, r) -> false);
  }

  /**
   * @param hold which requests get no answer until the proxy closes, given how many came before
   *     (the first is 1) and the request
   */
  RewritingProxy(String upstreamOrigin, UnaryOperator<Req> onRequest, UnaryOperator<Resp> onResponse,
      BiPredicate<Integer, Req> hold) throws IOException {
    this.upstream = upstreamOrigin;
    this.onRequest = onRequest;
    this.onResponse = onResponse;
    this.hold = hold;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests it got (held ones too). */
  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Map<String, String> headers = new LinkedHashMap<>();
      ex.getRequestHeaders().forEach((k, v) -> {
        if (!HOP.contains(k.toLowerCase())) {
          headers.put(k, v.get(0));
        }
      });
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Req got = new Req(ex.getRequestMethod(), ex.getRequestURI().toString(), headers, body);
      if (hold.test(requests.incrementAndGet(), got)) {
        closing.await(); // no answer, the connection open: a stall
        return;
      }
      Req req = onRequest.apply(got);
      HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(upstream + req.pathAndQuery()))
          .method(req.method(), req.body().isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(req.body()));
      req.headers().forEach(out::header);
      HttpResponse<String> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> back = new LinkedHashMap<>();
      answer.headers().map().forEach((k, v) -> {
        if (!HOP.contains(k.toLowerCase()) && !k.startsWith(":")) {
          back.put(k, v.get(0));
        }
      });
      Resp resp = onResponse.apply(new Resp(answer.statusCode(), back, answer.body(), req));
      resp.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      byte[] bytes = resp.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(resp.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        ex.getResponseBody().write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A header value, ignoring case. */
  static String header(Map<String, String> headers, String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      if (!k.equalsIgnoreCase(name)) {
        copy.put(k, v);
      }
    });
    if (value != null) {
      copy.put(name, value);
    }
    return copy;
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
