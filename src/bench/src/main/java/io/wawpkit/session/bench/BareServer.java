package io.wawpkit.session.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The ceiling on this machine: the JDK's own HTTP server answering the documented info body as
 * fixed bytes to any request. Run in its own JVM ({@code java -cp bench.jar ...BareServer PORT}).
 */
public final class BareServer {
  private BareServer() {}

  public static void main(String[] args) throws IOException {
    // Nagle's algorithm otherwise holds every answer ~40 ms for a delayed ACK; must be set before
    // the server classes load (the launcher passes it with -D as well).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = Integer.parseInt(args[0]);
    byte[] body = InfoBody.bytes();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    // Default: no executor, the dispatcher thread answers itself. -Dbench.bare.threads=N hands
    // each exchange to a pool of N instead (compared once: see src/bench/README.md).
    int threads = Integer.getInteger("bench.bare.threads", 0);
    if (threads > 0) {
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(threads));
    }
    server.start();
    System.out.println("bare JDK server listening on http://127.0.0.1:" + port + "/");
  }
}
