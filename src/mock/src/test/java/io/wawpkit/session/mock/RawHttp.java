package io.wawpkit.session.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Bytes on a socket to a mock on 127.0.0.1, for requests java.net.http will not send (a foreign Host, a raw path). */
final class RawHttp {
  /** An answer's status line, head and body. */
  record Answer(int status, String head, String body) {}

  private RawHttp() {}

  static Answer send(WawpMock mock, String request) {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      if (end < 0) {
        return new Answer(-1, all, "");
      }
      return new Answer(Integer.parseInt(all.substring(9, 12)), all.substring(0, end), all.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request with the given line and extra header lines, a Host the mock accepts unless one is given, and Connection: close. */
  static Answer request(WawpMock mock, String requestLine, String... headers) {
    StringBuilder r = new StringBuilder(requestLine).append("\r\n");
    boolean host = false;
    for (String h : headers) {
      host |= h.regionMatches(true, 0, "Host:", 0, 5);
      r.append(h).append("\r\n");
    }
    if (!host) {
      r.append("Host: 127.0.0.1:").append(mock.port()).append("\r\n");
    }
    return send(mock, r.append("Connection: close\r\n\r\n").toString());
  }
}
