package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
}
