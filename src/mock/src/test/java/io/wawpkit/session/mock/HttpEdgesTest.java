package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests Undertow refuses before any handler runs still get the spec's Error; trickling connections are closed. */
class HttpEdgesTest {
  private static final String INFO = "/v2/session/info?access_token=demo-paid-token&instance_id=X";
  static WawpMock mock;

  @BeforeAll
  static void start() {
    mock = WawpMock.builder().requestParseTimeout(Duration.ofMillis(300)).idleTimeout(Duration.ofSeconds(5)).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static JsonNode errorOf(RawHttp.Answer a, int status) throws IOException {
    assertThat(a.status()).as(a.head()).isEqualTo(status);
    assertThat(a.head()).containsIgnoringCase("Content-Type: application/json");
    JsonNode body = new ObjectMapper().readTree(a.body());
    assertThat(body.path("data").path("status").asInt()).isEqualTo(status);
    return body;
  }

  @Test
  void hostProblemsAreExplainedWithTheErrorShape() throws Exception {
    JsonNode missing = errorOf(RawHttp.send(mock, "GET " + INFO + " HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
    assertThat(missing.path("code").asText()).isEqualTo("invalid_parameter");
    assertThat(missing.path("message").asText()).contains("no Host header");
    JsonNode twice = errorOf(RawHttp.send(mock, "GET " + INFO + " HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"), 400);
    assertThat(twice.path("message").asText()).contains("more than one Host");
    JsonNode bad = errorOf(RawHttp.send(mock, "GET " + INFO + " HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"), 400);
    assertThat(bad.path("message").asText()).contains("Host header is malformed");
    errorOf(RawHttp.send(mock, "GET " + INFO + " HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void connectGetsTheErrorShape() throws Exception {
    RawHttp.Answer a = RawHttp.send(mock, "CONNECT 127.0.0.1:443 HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertThat(a.status()).isBetween(400, 499);
    errorOf(a, a.status());
  }

  @Test
  void headersThatTrickleInAreCutOffByTheParseTimeout() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(("GET " + INFO + " HTTP/1.1\r\nHost: 127.0.0.1\r\n").getBytes(StandardCharsets.US_ASCII));
      // one header byte every 100 ms: never a whole request, always some traffic
      boolean closed = false;
      for (int i = 0; i < 40 && !closed; i++) {
        try {
          out.write('X');
          out.flush();
          Thread.sleep(100);
          closed = socket.getInputStream().available() == 0 && peekClosed(socket, in);
        } catch (SocketException e) {
          closed = true;
        }
      }
      assertThat(closed).as("closed within 4 s (the parse timeout is 300 ms)").isTrue();
    }
  }

  /** True when the server closed its side (a read returns -1 at once). */
  private static boolean peekClosed(Socket socket, InputStream in) throws IOException {
    int old = socket.getSoTimeout();
    socket.setSoTimeout(1);
    try {
      return in.read() == -1;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } finally {
      socket.setSoTimeout(old);
    }
  }
}
