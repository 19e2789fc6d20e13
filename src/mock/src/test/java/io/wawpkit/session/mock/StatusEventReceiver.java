package io.wawpkit.session.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A webhook receiver on 127.0.0.1 that keeps every event body it is sent and answers 204. */
final class StatusEventReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  StatusEventReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", ex -> {
      events.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
  }

  int count() {
    return events.size();
  }

  /**
   * One session's events in the order they arrived, found by its name ({@code session} in the v2
   * envelope, {@code name} in the mock's v1 payload).
   */
  List<JsonNode> eventsOf(String sessionName) {
    return events.stream()
        .filter(e -> sessionName.equals(e.path("session").asText(e.path("name").asText())))
        .toList();
  }

  /** The status an event reports, in either envelope. */
  static String status(JsonNode event) {
    return event.has("payload") ? event.path("payload").path("status").asText() : event.path("status").asText();
  }

  /** The time an event reports, in milliseconds, in either envelope. */
  static long millis(JsonNode event) {
    return event.has("timestamp") ? event.path("timestamp").asLong() : event.path("ts").asLong() * 1000;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
