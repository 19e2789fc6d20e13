package io.wawpkit.session.conformance.checks;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.client.events.InvalidEventException;
import io.wawpkit.session.client.events.SessionStatusEvent;
import io.wawpkit.session.client.events.SessionStatusEvents;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session.status webhook events agree with info: a receiver on this machine gets an event for
 * every status the session went through, each in the spec's event shape (the schema marked
 * {@code x-wawp-event: session.status}, either envelope), signed with the configured HMAC key, with
 * a unique id, about this session (v1: its {@code instance_id}; v2: its name in {@code session}, as
 * the docs advise), arriving in the order of their {@code timestamp}/{@code ts}. Only for targets
 * on this machine (a remote service cannot reach the receiver).
 */
final class EventChecks {
  private static final String GROUP = ConsistencyChecks.GROUP;
  /** The HMAC key the suite gives its webhooks (exploration's too). */
  static final String KEY = "conformance-hmac-key";
  private static final String EVENT = "session.status";
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Delivery(String body, String signature) {}

  private EventChecks() {}

  /** Runs on a new session of the target's account, so that every status change is one the walk causes. */
  static void run(Context ctx) {
    String token = ctx.target().accessToken();
    String name = "session.status events agree with info (shape, signature, unique ids, order, every status seen)";
    if (!ctx.target().local()) {
      ctx.results().skip(ctx.rule("event-per-status-change"), GROUP, "setWebhooks", name, "a remote target cannot reach a webhook receiver on this machine");
      return;
    }
    List<Delivery> received = new CopyOnWriteArrayList<>();
    String signatureHeader = ctx.spec().signing().header();
    HttpServer receiver;
    try {
      receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      ctx.results().skip(ctx.rule("event-per-status-change"), GROUP, "setWebhooks", name, "no local port for a receiver: " + e.getMessage());
      return;
    }
    receiver.createContext("/hook", ex -> {
      try (ex) {
        received.add(new Delivery(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            ex.getRequestHeaders().getFirst(signatureHeader)));
        ex.sendResponseHeaders(200, -1);
      }
    });
    receiver.start();
    String id = ctx.createSession(null).orElse(null);
    if (id == null) {
      receiver.stop(0);
      ctx.results().depart(ctx.operationMark(ctx.createOperation().operationId()), GROUP, "createSession", name,
          "create answers 200", "no instance", null);
      return;
    }
    try {
      // a v2 event names the session, not the instance: "Use the 'session' field to identify which account changed status"
      String sessionName = ctx.api().call("getSessionInfo").instance(id).token(token).send().text("name");
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      // The body form (a position), not the documented query: the list carries an HMAC key, which
      // stays out of URLs and so out of the reports' request lines.
      Answer set = ctx.api().call("setWebhooks").instance(id).token(token).json("{\"webhooks\":[{\"url\":\"" + url
          + "\",\"events\":[\"session.status\"],\"is_active\":true,\"hmac\":{\"key\":\"" + KEY + "\"}}]}").send();
      if (set.status() != 200) {
        ctx.results().skip(ctx.rule("webhooks-need-a-plan"), GROUP, "setWebhooks", name, "the account cannot set webhooks (HTTP " + set.status() + ")");
        return;
      }
      Set<String> seen = walk(ctx, id, token);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      // Deliveries are asynchronous: wait for every status info showed.
      while (!new HashSet<>(statuses(received)).containsAll(seen) && System.nanoTime() < deadline) {
        Context.sleep(50);
      }
      check(ctx, new Session(id, sessionName), name, received, seen);
    } finally {
      receiver.stop(0);
      // the spec's first example: no webhook
      ctx.api().call("setWebhooks").instance(id).token(token).exampleParams().send();
    }
  }

  /**
   * Start, wait out the boot, let a person scan when the suite can make one, stop: the statuses
   * info showed on the way. Which status boots and which one a scan leaves come from the model.
   */
  private static Set<String> walk(Context ctx, String id, String token) {
    var model = ctx.model();
    Set<String> seen = new LinkedHashSet<>();
    // Only changes fire events: a status the session already had when its webhook was set (v1's
    // create starts the session) is not one.
    String before = ctx.api().call("getSessionInfo").instance(id).token(token).send().text("status");
    Answer started = ctx.api().call(ctx.spec().operationsFor("start").get(0).operationId()).instance(id).token(token).send();
    String booting = started.text("status");
    if (booting != null && !booting.equals(before)) {
      seen.add(booting);
    }
    Answer running = booting == null
        ? ctx.api().call("getSessionInfo").instance(id).token(token).send()
        : LifecycleChecks.awaitTimerMove(ctx, GROUP, id, booting);
    String now = running.text("status");
    seen.add(now);
    var scan = model.pendingMove(String.valueOf(now), false, Move.Trigger.PERSON);
    if (ctx.control().isPresent() && scan.isPresent()) {
      Context.applied(ctx.control().get().scan(id), "a scan of " + id);
      seen.add(ctx.awaitInfo(id, "the scan (events)", scan.get().to(), scan.get().to()::equals, ctx.transitionTimeout())
          .text("status"));
    }
    seen.add(ctx.api().call(ctx.spec().operationsFor("stop").get(0).operationId()).instance(id).token(token).send().text("status"));
    seen.remove(null);
    return seen;
  }

  /** The session the events must be about: v1 events name its instance, v2 events its name. */
  private record Session(String instanceId, String name) {
    boolean isAbout(SessionStatusEvent e) {
      return e.envelope() == SessionStatusEvent.Envelope.V2 ? Objects.equals(name, e.sessionName())
          : instanceId.equals(e.instanceId());
    }
  }

  private static void check(Context ctx, Session session, String name, List<Delivery> received, Set<String> seen) {
    SchemaValidator validator = new SchemaValidator(ctx.spec().openApi(), new MessageResolver(LevelResolver.create()
        .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE).build()));
    String schemaName = ctx.spec().eventSchema(EVENT)
        .orElseThrow(() -> new SpecException("no schema describes the event " + EVENT + " (x-wawp-event)"));
    Schema<?> schema = ctx.spec().openApi().getComponents().getSchemas().get(schemaName);
    List<String> wrong = new ArrayList<>();
    // The rule each wrong thing breaks: the event's schema and its ids are documented, the signing
    // headers and the order positions.
    List<Results.Clause> broken = new ArrayList<>();
    Evidence shape = ctx.marks().schema(schemaName);
    Set<String> ids = new HashSet<>();
    SessionStatusEvent previous = null;
    Set<String> envelopes = new TreeSet<>();
    for (Delivery d : received) {
      JsonNode tree;
      try {
        tree = JSON.readTree(d.body());
      } catch (IOException e) {
        wrong.add("a body that is not JSON");
        broken.add(new Results.Clause(false, shape));
        continue;
      }
      ValidationReport report = validator.validate(() -> tree, schema, null);
      if (report.hasErrors()) {
        wrong.add("an event off the schema: " + report.getMessages());
        broken.add(new Results.Clause(false, shape));
      }
      if (!SessionStatusEvents.signatureMatches(d.body().getBytes(StandardCharsets.UTF_8), d.signature(), KEY)) {
        wrong.add("an event whose " + ctx.spec().signing().header() + " does not match its body");
        broken.add(new Results.Clause(false, ctx.marks().signing()));
      }
      SessionStatusEvent event;
      try {
        event = SessionStatusEvents.parse(d.body());
      } catch (InvalidEventException e) {
        wrong.add("an event that does not read: " + e.getMessage());
        broken.add(new Results.Clause(false, shape));
        continue;
      }
      envelopes.add(event.envelope() == SessionStatusEvent.Envelope.V2 ? "v2 envelope" : "v1 payload");
      if (!session.isAbout(event)) {
        wrong.add(event.envelope() == SessionStatusEvent.Envelope.V2
            ? "a v2 event for session '" + event.sessionName() + "' (this one is '" + session.name() + "')"
            : "an event for instance " + event.instanceId());
        broken.add(new Results.Clause(false, ctx.rule("event-per-status-change")));
      }
      if (event.id() != null && !ids.add(event.id())) {
        wrong.add("a repeated event id " + event.id());
        broken.add(new Results.Clause(false, ctx.rule("event-ids")));
      }
      String order = outOfOrder(previous, event);
      if (order != null) {
        wrong.add(order);
        broken.add(new Results.Clause(false, ctx.rule("event-order")));
      }
      previous = event;
    }
    Set<String> statuses = new LinkedHashSet<>(statuses(received));
    if (!statuses.containsAll(seen)) {
      Set<String> missing = new LinkedHashSet<>(seen);
      missing.removeAll(statuses);
      wrong.add("no event for " + missing + " (info showed " + seen + ", events said " + statuses + ")");
      broken.add(new Results.Clause(false, ctx.rule("event-per-status-change")));
    }
    broken.add(0, new Results.Clause(!received.isEmpty(), ctx.rule("event-per-status-change")));
    ctx.results().check(GROUP, "setWebhooks", name,
        "one signed SessionStatusEvent per status change, in order: " + seen, received.isEmpty() ? "no event arrived"
            : received.size() + " events (" + String.join(", ", envelopes) + "), statuses " + statuses + (wrong.isEmpty() ? "" : "; " + String.join("; ", wrong)), null,
        broken.toArray(Results.Clause[]::new));
  }

  /**
   * Events of one session arrive in the order of their times: a v2 {@code timestamp} (milliseconds)
   * strictly increases per session, a v1 {@code ts} (whole seconds) never decreases.
   */
  static String outOfOrder(SessionStatusEvent previous, SessionStatusEvent event) {
    if (previous == null) {
      return null;
    }
    boolean strict = previous.envelope() == SessionStatusEvent.Envelope.V2 && event.envelope() == SessionStatusEvent.Envelope.V2;
    int c = event.time().compareTo(previous.time());
    if (c < 0 || (strict && c == 0)) {
      return "an event (" + event.status() + " at " + event.time() + ") arrived after one of " + previous.time()
          + (strict ? " (a v2 timestamp must increase)" : "");
    }
    return null;
  }

  private static List<String> statuses(List<Delivery> received) {
    List<String> out = new ArrayList<>();
    for (Delivery d : received) {
      try {
        JsonNode e = JSON.readTree(d.body());
        // v2 carries the status in payload.status, v1 at the top
        out.add(e.has("payload") ? e.path("payload").path("status").asText() : e.path("status").asText());
      } catch (IOException ignored) {
        // Reported by check().
      }
    }
    return out;
  }
}
