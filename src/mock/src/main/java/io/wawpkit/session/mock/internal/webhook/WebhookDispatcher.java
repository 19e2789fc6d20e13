package io.wawpkit.session.mock.internal.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.mock.internal.api.StatusEventView;
import io.wawpkit.session.mock.control.Delivery;
import io.wawpkit.session.mock.internal.http.Json;
import io.wawpkit.session.mock.internal.state.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers {@code session.status} events to the session's active webhooks that subscribe to them:
 * a POST of the SessionStatusEvent body (in the envelope of the session's API version), signed
 * with HMAC-SHA512 when the webhook has an {@code hmac.key}, retried with exponential backoff a
 * bounded number of times. Each (session, webhook URL) pair is a serial lane: the next event goes
 * only after the previous one was acknowledged or gave up, so events arrive in order. Sending
 * happens on a small pool of its own and retries wait on the shared scheduler, so API calls never
 * block.
 */
public final class WebhookDispatcher {
  private static final int DEFAULT_ATTEMPTS = 3;
  private static final int MAX_ATTEMPTS = 10;
  private static final Duration MAX_DELAY = Duration.ofSeconds(60);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int LOG_SIZE = 256;

  private final String eventName;
  private final StatusEventView events;
  private final HmacSigner signer;
  private final DeliveryLanes<Target> lanes = new DeliveryLanes<>();
  private final ScheduledExecutorService scheduler;
  private final ExecutorService senders;
  private volatile HttpClient http;
  private final Duration defaultDelay;
  private final Clock clock;
  private final Deque<Delivery> log = new ArrayDeque<>();

  public WebhookDispatcher(String eventName, StatusEventView events, HmacSigner signer,
      ScheduledExecutorService scheduler, ExecutorService senders, Duration defaultDelay, Clock clock) {
    this.eventName = eventName;
    this.signer = signer;
    this.events = events;
    this.scheduler = scheduler;
    this.senders = senders;
    this.defaultDelay = defaultDelay;
    this.clock = clock;
  }

  /** Made on the first delivery: building an HttpClient costs start-up time most runs never need. */
  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          client = HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .executor(senders)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
          http = client;
        }
      }
    }
    return client;
  }

  /** Called while holding the session's monitor: builds the event and queues it in each webhook's lane. */
  public void statusChanged(Session s) {
    List<JsonNode> targets = new ArrayList<>();
    for (JsonNode w : s.webhooks()) {
      if (active(w) && subscribes(w)) {
        targets.add(w.deepCopy());
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    Map<String, Object> event = events.render(s);
    byte[] body = Json.bytes(event);
    String eventId = (String) event.get("id");
    for (JsonNode w : targets) {
      Target target = new Target(s.instanceId() + " " + w.path("url").asText(), w, eventId, s.instanceId(), body);
      switch (lanes.offer(target.lane(), target)) {
        case START_NOW -> senders.execute(() -> attempt(target, 1));
        case DROPPED -> record(new Delivery(eventId, s.instanceId(), target.url(), 0, 0,
            "over " + DeliveryLanes.MAX_WAITING + " events waiting", clock.instant().toString()));
        case QUEUED -> { }
      }
    }
  }

  /** The lane's event is delivered or given up: the next one of that lane goes. */
  private void finished(Target t) {
    Target next = lanes.done(t.lane());
    if (next != null) {
      senders.execute(() -> attempt(next, 1));
    }
  }

  /** The most recent delivery attempts, oldest first. */
  public List<Delivery> recent() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  public void clearLog() {
    synchronized (log) {
      log.clear();
    }
  }

  private void attempt(Target t, int attempt) {
    try {
      send(t, attempt);
    } catch (RuntimeException e) {
      // an unusable URL: recorded, not retried
      record(new Delivery(t.eventId, t.instanceId, t.url(), attempt, 0, e.getClass().getSimpleName(), clock.instant().toString()));
      finished(t);
    }
  }

  private void send(Target t, int attempt) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(t.url()))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(t.body));
    for (JsonNode h : t.webhook.path("customHeaders")) {
      if (h.hasNonNull("name") && h.hasNonNull("value")) {
        try {
          request.header(h.get("name").asText(), h.get("value").asText());
        } catch (IllegalArgumentException ignored) {
          // a header the JDK client refuses (Host, Connection...) is left out
        }
      }
    }
    String key = t.webhook.path("hmac").path("key").asText(null);
    if (key != null && !key.isEmpty()) {
      request.header(signer.header(), signer.sign(key, t.body));
      request.header(signer.algorithmHeader(), signer.algorithm());
    }
    http().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
      int status = response == null ? 0 : response.statusCode();
      record(new Delivery(t.eventId, t.instanceId, t.url(), attempt, status,
          failure == null ? null : failure.getClass().getSimpleName(), clock.instant().toString()));
      boolean ok = status >= 200 && status < 300;
      if (!ok && attempt < attempts(t.webhook)) {
        scheduler.schedule(() -> senders.execute(() -> attempt(t, attempt + 1)),
            delay(t.webhook, attempt).toMillis(), TimeUnit.MILLISECONDS);
      } else {
        finished(t);
      }
    });
  }

  private void record(Delivery d) {
    synchronized (log) {
      if (log.size() == LOG_SIZE) {
        log.removeFirst();
      }
      log.addLast(d);
    }
  }

  private boolean subscribes(JsonNode w) {
    for (JsonNode e : w.path("events")) {
      if (eventName.equals(e.asText()) || "*".equals(e.asText())) {
        return true;
      }
    }
    return false;
  }

  /** {@code is_active} is a boolean or 0/1; a webhook without it is active. */
  private static boolean active(JsonNode w) {
    JsonNode flag = w.get("is_active");
    if (flag == null || flag.isNull()) {
      return true;
    }
    return flag.isBoolean() ? flag.asBoolean() : flag.asInt() != 0;
  }

  private static int attempts(JsonNode w) {
    JsonNode a = w.path("retries").path("attempts");
    int n = a.isInt() ? a.asInt() : DEFAULT_ATTEMPTS;
    return Math.max(1, Math.min(MAX_ATTEMPTS, n));
  }

  private Duration delay(JsonNode w, int attempt) {
    JsonNode retries = w.path("retries");
    Duration base = retries.path("delaySeconds").isInt()
        ? Duration.ofSeconds(retries.path("delaySeconds").asInt()) : defaultDelay;
    boolean constant = "constant".equalsIgnoreCase(retries.path("policy").asText(""))
        || "linear".equalsIgnoreCase(retries.path("policy").asText(""));
    Duration d = constant ? base : base.multipliedBy(1L << Math.min(attempt - 1, 10));
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  /** One event for one webhook; {@code lane} is the session and the webhook's URL. */
  private record Target(String lane, JsonNode webhook, String eventId, String instanceId, byte[] body) {
    String url() {
      return webhook.path("url").asText();
    }
  }
}
