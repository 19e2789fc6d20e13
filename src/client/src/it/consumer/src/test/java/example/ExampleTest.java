package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Runs the README example against a local server that walks a session to SCAN_QR_CODE. */
class ExampleTest {
  @Test
  void theReadmeExampleRuns() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/session/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      boolean authorized = ("Bearer tok_consumer_test").equals(exchange.getRequestHeaders().getFirst("Authorization"));
      String body;
      int status = 200;
      if (!authorized) {
        status = 401;
        body = "{\"code\":\"invalid_access_token\",\"message\":\"no\"}";
      } else if (path.endsWith("/create")) {
        body = "{\"instance_id\":\"3EB0BCB2E3D4\",\"session_name\":\"wawp-1\",\"status\":\"STOPPED\"}";
      } else if (path.endsWith("/start")) {
        body = "{\"name\":\"wawp-1\",\"status\":\"STARTING\"}";
      } else if (path.endsWith("/info")) {
        body = "{\"name\":\"wawp-1\",\"status\":\"SCAN_QR_CODE\",\"qr\":\"iVBORw0KGgo=\"}";
      } else if (path.endsWith("/temp-link")) {
        body = "{\"link\":\"https://app.wawp.net/temp-qr/" + "a".repeat(64) + "\",\"expires_at\":\"2026-11-23T18:30:00Z\"}";
      } else {
        status = 404;
        body = "{\"code\":\"not_found\",\"message\":\"no\"}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
      assertEquals("Session 3EB0BCB2E3D4: scan the QR at https://app.wawp.net/temp-qr/" + "a".repeat(64),
          Example.run(url, "tok_consumer_test"));
    } finally {
      server.stop(0);
    }
  }

  /** Runs the README's login example against a local server where the person scans the first QR. */
  @Test
  void theReadmeLoginExampleRuns() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger qrReads = new AtomicInteger();
    String qr = "{\"value\":\"2@consumer,test\",\"expiry\":4102444800000}"; // 2100-01-01T00:00:00Z
    server.createContext("/v2/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body;
      int status = 200;
      if (!("Bearer tok_consumer_test").equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        status = 401;
        body = "{\"code\":\"invalid_access_token\",\"message\":\"no\"}";
      } else if (path.endsWith("/session/create")) {
        body = "{\"instance_id\":\"3EB0BCB2E3D4\",\"session_name\":\"wawp-1\",\"status\":\"STOPPED\"}";
      } else if (path.endsWith("/session/start")) {
        body = "{\"name\":\"wawp-1\",\"status\":\"STARTING\"}";
      } else if (path.endsWith("/session/info")) {
        body = qrReads.get() == 0 ? "{\"name\":\"wawp-1\",\"status\":\"SCAN_QR_CODE\"}"
            : "{\"name\":\"wawp-1\",\"status\":\"WORKING\",\"me\":{\"id\":\"201012345678@c.us\",\"pushName\":\"John Doe\"}}";
      } else if (path.endsWith("/auth/qr") && qrReads.getAndIncrement() == 0) {
        body = "{\"mimetype\":\"application/json\",\"data\":\""
            + Base64.getEncoder().encodeToString(qr.getBytes(StandardCharsets.UTF_8)) + "\"}";
      } else if (path.endsWith("/auth/qr")) {
        status = 422;
        body = "{\"code\":\"invalid_session\",\"message\":\"The session is WORKING.\","
            + "\"data\":{\"status\":422,\"session_status\":\"WORKING\",\"expected\":[\"SCAN_QR_CODE\"]}}";
      } else {
        status = 404;
        body = "{\"code\":\"not_found\",\"message\":\"no\"}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      String result = Login.run(url, "tok_consumer_test", new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertEquals("Session 3EB0BCB2E3D4 is WORKING as John Doe", result);
      assertEquals("Scan with WhatsApp > Linked devices before 2100-01-01T00:00:00Z: 2@consumer,test\n"
          + "getQr: HTTP 422 invalid_session: the session is WORKING; getQr needs SCAN_QR_CODE\n",
          printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    } finally {
      server.stop(0);
    }
  }
}
