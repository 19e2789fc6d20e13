package io.wawpkit.session.mock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.wawpkit.session.mock.control.Fault;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.mock.internal.api.SessionViews;
import io.wawpkit.session.mock.internal.http.Json;
import io.wawpkit.session.mock.internal.http.Responses;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.mock.internal.state.TempLink;
import io.wawpkit.session.spec.LoginEffect;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The control API under {@link #PREFIX}: HTTP access to a {@link MockControl}, behind
 * {@link ControlGuard}; the calls and their paths are the {@link ControlCall}s. Runs on a worker
 * thread (a bulk create may take a while).
 */
public final class ControlHandler implements HttpHandler {
  public static final String PREFIX = ControlCall.PREFIX;
  private static final int MAX_BODY = 1 << 20;

  private final MockControl control;
  private final SessionStore store;
  private final SessionViews views;
  private final ControlGuard guard;
  private final Supplier<String> saveFailure;

  public ControlHandler(MockControl control, SessionStore store, SessionViews views, ControlGuard guard,
      Supplier<String> saveFailure) {
    this.control = control;
    this.saveFailure = saveFailure;
    this.guard = guard;
    this.store = store;
    this.views = views;
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
    return ControlCall.TEMP_QR.method().equals(ex.getRequestMethod().toString())
        && ex.getRequestPath().startsWith(PREFIX + ControlCall.TEMP_QR.fixedPart());
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
    ControlCall.Match call = ControlCall.match(method, p);
    if (call == null) {
      unknown(ex, method, first, p.length);
      return;
    }
    switch (call.call()) {
      case HEALTH -> Responses.json(ex, 200, Map.of("status", "ok"));
      case STATE -> Responses.json(ex, 200, state(query(ex, "account")));
      case RESET -> {
        control.reset();
        Responses.json(ex, 200, Map.of("reset", true));
      }
      case BULK_CREATE -> bulkCreate(ex);
      case SCAN -> move(ex, call.param(0), control.scan(call.param(0)));
      case PAIRING_CODE -> move(ex, call.param(0), control.enterPairingCode(call.param(0), pairingCode(ex)));
      case FAIL -> move(ex, call.param(0), fail(ex, call.param(0)));
      case MOVE -> move(ex, call.param(0), control.move(call.param(0), call.param(1)));
      case SET_PLAN -> setPlan(ex, call.param(0));
      case FAULTS -> Responses.json(ex, 200, Map.of("faults", control.faults()));
      case INJECT_FAULT -> addFault(ex);
      case CLEAR_FAULTS -> {
        control.clearFaults();
        Responses.json(ex, 200, Map.of("faults", List.of()));
      }
      case CLEAR_FAULT -> Responses.json(ex, 200, Map.of("cleared", control.clearFault(call.param(0))));
      case REQUESTS -> Responses.json(ex, 200, Map.of("requests", control.requests()));
      case CLEAR_REQUESTS -> {
        control.clearRequests();
        Responses.json(ex, 200, Map.of("requests", List.of()));
      }
      case DELIVERIES -> Responses.json(ex, 200, Map.of("deliveries", control.deliveries()));
      case TEMP_QR -> tempQr(ex, call.param(0));
    }
  }

  /** No such call: a hint where the path is close to one. */
  private static void unknown(HttpServerExchange ex, String method, String first, int segments) {
    if ("POST".equals(method) && "sessions".equals(first) && (segments == 4 || segments == 5)) {
      fail(ex, 404, "unknown_control_call", "Use /sessions/{id}/scan, /pairing-code, /fail or /moves/{name}.");
    } else if (("PUT".equals(method) || "POST".equals(method)) && "accounts".equals(first) && segments == 4) {
      fail(ex, 404, "unknown_control_call", "Use PUT " + PREFIX + ControlCall.SET_PLAN.template() + ".");
    } else {
      fail(ex, 404, "unknown_control_call", "No control call " + method + " " + ex.getRequestPath()
          + "; see the mock's README for the control API.");
    }
  }

  private Map<String, Object> state(String accountId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accounts", control.accounts().stream().map(a -> Map.of(
        "id", a.id(), "plan", a.plan().slug(), "instances", a.instances())).toList());
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

  private void move(HttpServerExchange ex, String instanceId, MockControl.MoveResult result) {
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

  /** {@code {"code": "ABCD-1234"}}: the code the person types. */
  private static String pairingCode(HttpServerExchange ex) throws IOException {
    JsonNode code = body(ex).path("code");
    if (!code.isTextual() || code.asText().isBlank()) {
      throw new IllegalArgumentException("send {\"code\": \"ABCD-1234\"}, the pairing code the person types");
    }
    return code.asText();
  }

  private void setPlan(HttpServerExchange ex, String accountId) throws IOException {
    Plan plan = Plan.parse(body(ex).path("plan").asText(""));
    if (!control.setPlan(accountId, plan)) {
      fail(ex, 404, "unknown_account", "No account " + accountId + ".");
      return;
    }
    Responses.json(ex, 200, Map.of("id", accountId, "plan", plan.slug()));
  }

  private void addFault(HttpServerExchange ex) throws IOException {
    JsonNode b = body(ex);
    Fault fault = new Fault(b.path("operation").asText(Fault.EVERY_OPERATION), b.path("latencyMillis").asLong(0),
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
