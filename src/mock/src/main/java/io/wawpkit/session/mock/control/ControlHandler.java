package io.wawpkit.session.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.wawpkit.session.mock.api.SessionViews;
import io.wawpkit.session.mock.http.Json;
import io.wawpkit.session.mock.http.Responses;
import io.wawpkit.session.mock.state.Plan;
import io.wawpkit.session.mock.state.Session;
import io.wawpkit.session.mock.state.SessionStore;
import io.wawpkit.session.mock.state.TempLink;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The control API under {@code /_mock/}: HTTP access to {@link MockControl}, behind
 * {@link ControlGuard}. Runs on a worker thread (a bulk create may take a while).
 */
public final class ControlHandler implements HttpHandler {
  public static final String PREFIX = "/_mock";
  private static final int MAX_BODY = 1 << 20;

  private final MockControl control;
  private final SessionStore store;
  private final SessionViews views;
  private final Set<String> operationIds;
  private final ControlGuard guard;
  private final Supplier<String> saveFailure;

  public ControlHandler(MockControl control, SessionStore store, SessionViews views, WawpSpec spec, ControlGuard guard,
      Supplier<String> saveFailure) {
    this.control = control;
    this.saveFailure = saveFailure;
    this.guard = guard;
    this.store = store;
    this.views = views;
    this.operationIds = spec.operations().stream().map(SpecOperation::operationId).collect(Collectors.toSet());
  }

  @Override
  public void handleRequest(HttpServerExchange ex) throws Exception {
    if (ex.isInIoThread()) {
      ControlGuard.Refusal refusal = guard.check(ex, isTempQrPage(ex));
      if (refusal != null) {
        fail(ex, refusal.status(), refusal.code(), refusal.message());
        return;
      }
      ex.dispatch(this);
      return;
    }
    ex.startBlocking();
    try {
      route(ex, ex.getRequestMethod().toString(), ex.getRequestPath().substring(PREFIX.length()).split("/"));
    } catch (IllegalArgumentException | IOException e) {
      fail(ex, 400, "bad_request", e.getMessage());
    } catch (RuntimeException e) {
      // the Error shape even here: an empty 500 tells a caller nothing
      fail(ex, 500, "internal_error", "The control call failed: " + e.getClass().getSimpleName() + ".");
    }
  }

  private static boolean isTempQrPage(HttpServerExchange ex) {
    return io.undertow.util.Methods.GET.equals(ex.getRequestMethod())
        && ex.getRequestPath().startsWith(PREFIX + "/temp-qr/");
  }

  private void route(HttpServerExchange ex, String method, String[] p) throws IOException {
    // p[0] is "" (the path starts with '/')
    String first = p.length > 1 ? p[1] : "";
    String failure = saveFailure.get();
    if (failure != null && (!"GET".equals(method) || "health".equals(first))) {
      // loud: a monitor polling health sees it, and no change is acknowledged that would be lost
      fail(ex, 503, "state_not_saved", failure);
      return;
    }
    switch (method + " " + first + "/" + p.length) {
      case "GET health/2" -> Responses.json(ex, 200, Map.of("status", "ok"));
      case "GET state/2" -> Responses.json(ex, 200, state(query(ex, "account")));
      case "POST reset/2" -> {
        control.reset();
        Responses.json(ex, 200, Map.of("reset", true));
      }
      case "POST sessions/2" -> bulkCreate(ex);
      case "POST sessions/4" -> move(ex, p[2], p[3], null);
      case "POST sessions/5" -> move(ex, p[2], p[3], p[4]);
      case "PUT accounts/4", "POST accounts/4" -> setPlan(ex, p[2], p[3]);
      case "GET faults/2" -> Responses.json(ex, 200, Map.of("faults", control.faults()));
      case "POST faults/2" -> addFault(ex);
      case "DELETE faults/2" -> {
        control.clearFaults();
        Responses.json(ex, 200, Map.of("faults", List.of()));
      }
      case "DELETE faults/3" -> Responses.json(ex, 200, Map.of("cleared", control.clearFault(p[2])));
      case "GET requests/2" -> Responses.json(ex, 200, Map.of("requests", control.requests()));
      case "DELETE requests/2" -> {
        control.clearRequests();
        Responses.json(ex, 200, Map.of("requests", List.of()));
      }
      case "GET webhook-deliveries/2" -> Responses.json(ex, 200, Map.of("deliveries", control.deliveries()));
      case "GET temp-qr/3" -> tempQr(ex, p[2]);
      default -> fail(ex, 404, "unknown_control_call", "No control call " + method + " " + ex.getRequestPath()
          + "; see the mock's README for the control API.");
    }
  }

  private Map<String, Object> state(String accountId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accounts", control.accounts().stream().map(a -> Map.of(
        "id", a.id(), "plan", a.plan().slug(), "instances", control.instanceCount(a))).toList());
    body.put("sessions", control.sessions(accountId));
    body.put("faults", control.faults());
    return body;
  }

  private void bulkCreate(HttpServerExchange ex) throws IOException {
    JsonNode body = body(ex);
    String account = body.path("account").asText(null);
    JsonNode countNode = body.path("count");
    int count = countNode.isMissingNode() ? 1 : countNode.isIntegralNumber() && countNode.canConvertToInt() ? countNode.asInt() : -1;
    if (account == null || count < 1 || count > MockControl.MAX_BULK) {
      throw new IllegalArgumentException("send {\"account\": id, \"count\": 1.." + MockControl.MAX_BULK
          + ", \"then\": optional action}");
    }
    List<String> ids = control.bulkCreate(account, count, body.path("then").asText(null));
    Responses.json(ex, 200, Map.of("created", ids.size(), "instance_ids", ids));
  }

  private void move(HttpServerExchange ex, String instanceId, String what, String moveName) throws IOException {
    MockControl.MoveResult result = switch (what) {
      case "scan" -> moveName == null ? control.scan(instanceId) : null;
      case "fail" -> moveName == null ? fail(ex, instanceId) : null;
      case "moves" -> moveName == null ? null : control.move(instanceId, moveName);
      default -> null;
    };
    if (result == null) {
      fail(ex, 404, "unknown_control_call", "Use /sessions/{id}/scan, /fail or /moves/{name}.");
      return;
    }
    int status = switch (result) {
      case APPLIED -> 200;
      case NOT_APPLICABLE -> 409;
      case UNKNOWN_SESSION, UNKNOWN_MOVE -> 404;
    };
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", result.name().toLowerCase());
    body.put("instance_id", instanceId);
    body.put("status", control.status(instanceId));
    Responses.json(ex, status, body);
  }

  /**
   * {@code {"login": "keep"}} (also the default, with no body) or {@code {"login": "drop"}}: the
   * docs allow a FAILED session to keep its saved login or to have lost it.
   */
  private MockControl.MoveResult fail(HttpServerExchange ex, String instanceId) throws IOException {
    String login = body(ex).path("login").asText("");
    return switch (login) {
      case "" -> control.fail(instanceId);
      case "keep" -> control.fail(instanceId, LoginEffect.KEEP);
      case "drop" -> control.fail(instanceId, LoginEffect.DROP);
      default -> throw new IllegalArgumentException("send {\"login\": \"keep\"} or {\"login\": \"drop\"}, not '" + login + "'");
    };
  }

  private void setPlan(HttpServerExchange ex, String accountId, String what) throws IOException {
    if (!"plan".equals(what)) {
      fail(ex, 404, "unknown_control_call", "Use PUT /_mock/accounts/{id}/plan.");
      return;
    }
    Plan plan = Plan.parse(body(ex).path("plan").asText(""));
    if (!control.setPlan(accountId, plan)) {
      fail(ex, 404, "unknown_account", "No account " + accountId + ".");
      return;
    }
    Responses.json(ex, 200, Map.of("id", accountId, "plan", plan.slug()));
  }

  private void addFault(HttpServerExchange ex) throws IOException {
    JsonNode b = body(ex);
    String operation = b.path("operation").asText(Fault.EVERY_OPERATION);
    if (!operation.equals(Fault.EVERY_OPERATION) && !operationIds.contains(operation)) {
      throw new IllegalArgumentException("unknown operation '" + operation + "'; use an operationId of the spec or *");
    }
    Fault fault = new Fault(operation, b.path("latencyMillis").asLong(0),
        b.hasNonNull("status") ? b.get("status").asInt() : null,
        b.path("drop").asBoolean(false),
        b.hasNonNull("times") ? b.get("times").asInt() : null);
    control.injectFault(fault);
    Responses.json(ex, 200, fault);
  }

  private void tempQr(HttpServerExchange ex, String token) {
    for (Session s : store.sessions()) {
      synchronized (s) {
        TempLink link = views.activeLink(s);
        if (link != null && link.token().equals(token) && !s.deleted()) {
          byte[] png = views.currentQrPng(s);
          if (png == null) {
            fail(ex, 409, "no_qr", "The session is " + s.status() + " and shows no QR.");
          } else {
            Responses.send(ex, 200, png, "image/png");
          }
          return;
        }
      }
    }
    fail(ex, 404, "unknown_link", "The link is unknown, revoked or expired.");
  }

  private static JsonNode body(HttpServerExchange ex) throws IOException {
    byte[] bytes = ex.getInputStream().readNBytes(MAX_BODY);
    try {
      return Json.tree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not valid JSON");
    }
  }

  private static String query(HttpServerExchange ex, String name) {
    var values = ex.getQueryParameters().get(name);
    return values == null ? null : values.peekFirst();
  }

  private static void fail(HttpServerExchange ex, int status, String code, String message) {
    Responses.json(ex, status, Map.of("code", code, "message", message == null ? "" : message, "data", Map.of("status", status)));
  }

}
