package io.wawpkit.session.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Comparator;
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

  /** One instance's events in the order of their {@code ts}. */
  List<JsonNode> eventsOf(String instanceId) {
    return events.stream()
        .filter(e -> instanceId.equals(e.path("instance_id").asText()))
        .sorted(Comparator.comparingLong(e -> e.path("ts").asLong()))
        .toList();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
