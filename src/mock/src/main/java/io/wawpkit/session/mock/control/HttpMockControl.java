package io.wawpkit.session.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.common.ConnectionProblems;
import io.wawpkit.session.mock.internal.control.ControlCall;
import io.wawpkit.session.mock.internal.http.Json;
import io.wawpkit.session.spec.LoginEffect;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link MockControl} over HTTP: a client of the control API of a mock in another process (or
 * this one), made with {@link MockControl#over(URI, String)}. Every call is one request on
 * {@link java.net.http.HttpClient}; the paths are the {@link ControlCall}s the mock routes.
 */
final class HttpMockControl implements MockControl {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  /** 100,000 sessions take a few seconds on a busy machine; far more than that is a hung mock. */
  private static final Duration BULK_TIMEOUT = Duration.ofMinutes(5);
  private static final int MAX_QUOTED_BODY = 200;

  private final String url;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(CONNECT_TIMEOUT)
      .build();

  /** An answer of the control API: its status and its body, parsed when it is JSON (else null). */
  private record Answer(int status, JsonNode json, String text) {}

  HttpMockControl(URI controlUrl, String token) {
    Objects.requireNonNull(controlUrl, "controlUrl");
    if (controlUrl.getRawUserInfo() != null || controlUrl.getRawQuery() != null || controlUrl.getRawFragment() != null) {
      throw new IllegalArgumentException("the control API's URL carries no user, query or fragment"
          + " (give the control token on its own): " + controlUrl.getScheme() + "://" + controlUrl.getHost() + "...");
    }
    String scheme = controlUrl.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || controlUrl.getRawAuthority() == null) {
      throw new IllegalArgumentException("the control API's URL must be an http(s) URL, such as http://127.0.0.1:8089"
          + ControlCall.PREFIX + ", not " + controlUrl);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the control token must not be blank (null for none)");
    }
    String path = controlUrl.getRawPath() == null ? "" : controlUrl.getRawPath().replaceAll("/+$", "");
    String origin = controlUrl.getScheme() + "://" + controlUrl.getRawAuthority();
    this.url = origin + (path.isEmpty() ? ControlCall.PREFIX : path);
    this.token = token;
  }

  @Override
  public MoveResult scan(String instanceId) {
    return moved(call(ControlCall.SCAN, null, null, instanceId));
  }

  @Override
  public MoveResult enterPairingCode(String instanceId, String code) {
    Objects.requireNonNull(code, "code");
    return moved(call(ControlCall.PAIRING_CODE, null, Json.MAPPER.createObjectNode().put("code", code), instanceId));
  }

  @Override
  public MoveResult fail(String instanceId) {
    return moved(call(ControlCall.FAIL, null, null, instanceId));
  }

  @Override
  public MoveResult fail(String instanceId, LoginEffect login) {
    if (login != LoginEffect.KEEP && login != LoginEffect.DROP) {
      throw new IllegalArgumentException("a failure keeps (KEEP) or drops (DROP) the saved login, not " + login);
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("login", login.name().toLowerCase(Locale.ROOT));
    return moved(call(ControlCall.FAIL, null, body, instanceId));
  }

  @Override
  public MoveResult move(String instanceId, String moveName) {
    return moved(call(ControlCall.MOVE, null, null, instanceId, moveName));
  }

  @Override
  public String status(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return sessions(null).stream().filter(s -> s.instanceId().equals(instanceId))
        .map(SessionSummary::status).findFirst().orElse(null);
  }

  @Override
  public List<AccountSummary> accounts() {
    return list(call(ControlCall.STATE, null, null), "accounts",
        a -> new AccountSummary(a.path("id").asText(), Plan.parse(a.path("plan").asText()), a.path("instances").asInt()));
  }

  @Override
  public boolean setPlan(String accountId, Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Answer a = call(ControlCall.SET_PLAN, null, Json.MAPPER.createObjectNode().put("plan", plan.slug()), accountId);
    return a.status() == 200;
  }

  @Override
  public void injectFault(Fault fault) {
    call(ControlCall.INJECT_FAULT, null, Json.MAPPER.valueToTree(fault));
  }

  @Override
  public List<Fault> faults() {
    return list(call(ControlCall.FAULTS, null, null), "faults", HttpMockControl::fault);
  }

  @Override
  public void clearFaults() {
    call(ControlCall.CLEAR_FAULTS, null, null);
  }

  @Override
  public boolean clearFault(String operation) {
    return call(ControlCall.CLEAR_FAULT, null, null, operation).json().path("cleared").asBoolean();
  }

  @Override
  public List<SessionSummary> sessions(String accountId) {
    String query = accountId == null ? null : "account=" + URLEncoder.encode(accountId, StandardCharsets.UTF_8);
    return list(call(ControlCall.STATE, query, null), "sessions", s -> new SessionSummary(
        text(s, "instanceId"), text(s, "accountId"), text(s, "name"), text(s, "status"),
        s.path("savedLogin").asBoolean(), text(s, "policy"), s.path("webhooks").asInt(), text(s, "apiVersion")));
  }

  @Override
  public List<Delivery> deliveries() {
    return list(call(ControlCall.DELIVERIES, null, null), "deliveries", d -> new Delivery(
        text(d, "eventId"), text(d, "instanceId"), text(d, "url"), d.path("attempt").asInt(), d.path("status").asInt(),
        text(d, "error"), text(d, "at")));
  }

  @Override
  public List<JournalEntry> requests() {
    return list(call(ControlCall.REQUESTS, null, null), "requests", e -> new JournalEntry(
        text(e, "at"), text(e, "method"), text(e, "path"), text(e, "query"), text(e, "operationId"),
        e.path("status").asInt(), e.path("millis").asDouble(), text(e, "body")));
  }

  @Override
  public void clearRequests() {
    call(ControlCall.CLEAR_REQUESTS, null, null);
  }

  @Override
  public void reset() {
    call(ControlCall.RESET, null, null);
  }

  @Override
  public List<String> bulkCreate(String accountId, int count, String thenAction) {
    if (count < 1 || count > MAX_BULK) {
      throw new IllegalArgumentException("count must be 1.." + MAX_BULK);
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("account", Objects.requireNonNull(accountId, "accountId"))
        .put("count", count);
    if (thenAction != null) {
      body.put("then", thenAction);
    }
    return list(callWithin(ControlCall.BULK_CREATE, BULK_TIMEOUT, null, body), "instance_ids", JsonNode::asText);
  }

  @Override
  public String toString() {
    // never the token
    return "MockControl over " + url + (token == null ? "" : " (with a control token)");
  }

  private Answer call(ControlCall call, String query, JsonNode body, String... params) {
    return callWithin(call, CALL_TIMEOUT, query, body, params);
  }

  /**
   * Makes a call; refuses with an {@link IllegalArgumentException} what the mock refused as a bad
   * request (400), as the mock's own implementation does.
   */
  private Answer callWithin(ControlCall call, Duration timeout, String query, JsonNode body, String... params) {
    String path = call.path(params);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path + (query == null ? "" : "?" + query)))
        .timeout(timeout);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (call.method().equals("GET")) {
      request.GET();
    } else {
      // the mock takes changes only as JSON (a guard against web pages)
      request.header("Content-Type", "application/json").method(call.method(),
          body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    String what = call.method() + " " + path;
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the mock's control API at " + url + " (" + what + "): "
          + describe(e, timeout), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the mock's control API at " + url + " (" + what + ")", e);
    }
    Answer answer = new Answer(response.statusCode(), parse(response.body()), response.body());
    if (answer.status() == 400) {
      throw new IllegalArgumentException(message(answer));
    }
    if (answer.json() == null || !(answer.status() == 200 || answers(call, answer))) {
      throw refused(what, answer);
    }
    return answer;
  }

  /**
   * Whether an answer other than 200 is an answer to the call, not a refusal: a move's result
   * (404: no such session or move, 409: not possible now), or no such account for a plan.
   */
  private static boolean answers(ControlCall call, Answer a) {
    return switch (call) {
      case SCAN, PAIRING_CODE, FAIL, MOVE -> (a.status() == 404 || a.status() == 409) && a.json().hasNonNull("result");
      case SET_PLAN -> a.status() == 404 && "unknown_account".equals(code(a));
      default -> false;
    };
  }

  /** The move's result, which the mock answers with 200, 404 or 409. */
  private MoveResult moved(Answer a) {
    String result = a.json().path("result").asText("");
    try {
      return MoveResult.valueOf(result.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the mock's control API at " + url + " answered " + a.status()
          + " with no result of a move: " + quoted(a.text()));
    }
  }

  /** One line: where, what was asked, the status, the mock's error code and message. */
  private IllegalStateException refused(String what, Answer a) {
    String code = code(a);
    String hint = a.status() == 401 && token == null
        ? " (give the control token: MockControl.over(url, controlToken))" : "";
    return new IllegalStateException("the mock's control API at " + url + " answered " + a.status()
        + (code == null ? "" : " " + code) + " to " + what + ": " + message(a) + hint);
  }

  private static String code(Answer a) {
    return a.json() == null ? null : a.json().path("code").asText(null);
  }

  private static String message(Answer a) {
    String message = a.json() == null ? null : a.json().path("message").asText(null);
    return message != null ? message : quoted(a.text());
  }

  private static String quoted(String body) {
    if (body == null || body.isBlank()) {
      return "(no body)";
    }
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() > MAX_QUOTED_BODY ? line.substring(0, MAX_QUOTED_BODY) + "…" : line;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The shared words for the problem (refused, timed out, unknown host), with what to check or how long it waited. */
  private static String describe(IOException e, Duration timeout) {
    if (e instanceof HttpConnectTimeoutException) {
      return ConnectionProblems.TIMED_OUT + " (no connection within " + CONNECT_TIMEOUT.toSeconds() + " s)";
    }
    if (e instanceof HttpTimeoutException) {
      return ConnectionProblems.TIMED_OUT + " (no answer within " + timeout.toSeconds() + " s)";
    }
    String words = ConnectionProblems.describe(e);
    return ConnectionProblems.REFUSED.equals(words) ? words + " (is the mock running?)" : words;
  }

  private static <T> List<T> list(Answer a, String member, Function<JsonNode, T> read) {
    JsonNode array = a.json().path(member);
    if (!array.isArray()) {
      throw new IllegalStateException("the mock's control API answered no '" + member + "' list: " + quoted(a.text()));
    }
    List<T> list = new ArrayList<>(array.size());
    array.forEach(item -> list.add(read.apply(item)));
    return List.copyOf(list);
  }

  private static Fault fault(JsonNode f) {
    return new Fault(f.path("operation").asText(), f.path("latencyMillis").asLong(),
        f.hasNonNull("status") ? f.get("status").asInt() : null, f.path("drop").asBoolean(),
        f.hasNonNull("times") ? f.get("times").asInt() : null);
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || value.isNull() ? null : value.asText();
  }
}
