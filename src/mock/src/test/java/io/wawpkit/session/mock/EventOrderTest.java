package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver can tell the latest event of a session: one session's events arrive in the order of
 * the changes even when deliveries fail and are retried (a retry repeats an event, never
 * reorders it), and the v2 {@code timestamp} strictly increases per session.
 */
class EventOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAIRS = 15;

  /** Every body that arrived, in order, with whether it was refused. */
  record Arrival(JsonNode body, boolean refused) {}

  final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  final AtomicInteger requests = new AtomicInteger();
  HttpServer receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    receiver.createContext("/", ex -> {
      JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
      boolean refuse = requests.incrementAndGet() % 3 == 0; // every third delivery fails
      arrivals.add(new Arrival(body, refuse));
      ex.sendResponseHeaders(refuse ? 500 : 204, -1);
      ex.close();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void oneSessionsEventsArriveInOrderWhenDeliveriesAreRetried() {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMinutes(5))
        .webhookRetryDelay(Duration.ofMillis(5)).start()) {
      String name = startStopManyTimes(mock);
      List<Arrival> mine = arrivals.stream().filter(a -> name.equals(a.body().path("session").asText())).toList();
      assertThat(mine.stream().filter(Arrival::refused)).as("some deliveries failed and were retried").isNotEmpty();

      // A refused delivery is repeated right away; after dropping those repeats, every event is
      // there once, in the order of the changes and of their timestamps.
      List<JsonNode> events = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      String previous = null;
      for (Arrival a : mine) {
        String id = a.body().get("id").asText();
        if (!id.equals(previous)) {
          assertThat(ids.add(id)).as("event %s came back after a later one", id).isTrue();
          events.add(a.body());
        }
        previous = id;
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < PAIRS; i++) {
        expected.add("STARTING");
        expected.add("STOPPED");
      }
      assertThat(events.stream().map(StatusEventReceiver::status).toList()).isEqualTo(expected);
      assertThat(events.stream().map(e -> e.get("timestamp").asLong()).toList())
          .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
    }
  }

  @Test
  void timestampsStrictlyIncreaseEvenWhenTheClockStandsStill() {
    Instant frozen = Instant.parse("2026-01-01T00:00:00Z");
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMinutes(5))
        .webhookRetryDelay(Duration.ofMillis(5)).clock(Clock.fixed(frozen, ZoneOffset.UTC)).start()) {
      String name = startStopManyTimes(mock);
      List<Long> times = arrivals.stream().filter(a -> name.equals(a.body().path("session").asText()) && !a.refused())
          .map(a -> a.body().get("timestamp").asLong()).toList();
      List<Long> expected = new ArrayList<>();
      for (int i = 0; i < 2 * PAIRS; i++) {
        expected.add(frozen.toEpochMilli() + i);
      }
      assertThat(times).as("one millisecond apart, from the frozen time on").isEqualTo(expected);
    }
  }

  /** Subscribes a new session to the receiver, starts and stops it PAIRS times; its name. */
  private String startStopManyTimes(WawpMock mock) {
    SpecClient api = new SpecClient(mock);
    String token = mock.token(DemoAccounts.PAID);
    String id = api.create(token);
    String name = api.query("GET", "/session/info", token, id).status("name");
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
    api.query("POST", "/session/webhook", token, id, "{\"webhooks\":[{\"url\":\"" + url
        + "\",\"events\":[\"session.status\"],\"retries\":{\"attempts\":10,\"policy\":\"constant\"}}]}");
    for (int i = 0; i < PAIRS; i++) {
      api.query("POST", "/session/start", token, id);
      api.query("POST", "/session/stop", token, id);
    }
    Wait.until("every event to be acknowledged", Duration.ofSeconds(20), () -> arrivals.stream()
        .filter(a -> !a.refused() && name.equals(a.body().path("session").asText())).count() >= 2 * PAIRS);
    return name;
  }
}
