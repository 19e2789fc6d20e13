package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One exploration sequence against the target: its sessions (one to three, or two on a remote
 * target), where the lifecycle model says each is, and the judge of every step. A step sends its
 * request, waits for the model's asynchronous moves to settle, and holds the answers to what the
 * model allows: the status sets, the status and what it {@code carries} (present and absent), the
 * login operations' {@code servedIn} and {@code otherwise}, settings read back, tenancy, the
 * refusal of a wrong token and of an undocumented method, and the shape of every answer. The first
 * departure ends the sequence ({@link Departure}), graded by the mark of the rule it breaks.
 */
final class Explorer implements AutoCloseable {
  /** The instance an undocumented method is tried on: no account has it, so nothing real is touched. */
  static final String UNKNOWN_INSTANCE = "ZZZZexplore00";
  /** A token no account has. */
  static final String WRONG_TOKEN = "wrong-explore-token";

  /** A departure found by a step: what the report says about it. */
  record Finding(Evidence evidence, String operation, String name, String expected, String actual, Exchange exchange) {}

  /** The end of a sequence: a step departed from the model. */
  static final class Departure extends AssertionError {
    private static final long serialVersionUID = 1L;
    final transient Finding finding;

    Departure(Finding finding) {
      super(finding.name() + ": expected " + finding.expected() + ", got " + finding.actual());
      this.finding = finding;
    }
  }

  /** What a step did, for the replay script: the requests it sent and the waits and moves between them. */
  record Trace(ExploreStep step, List<Event> events) {}

  /**
   * One thing a step did: a request (its exchange, and which token and instance slot it used), a
   * wait for a status to be left, or a move through the mock's control API.
   */
  record Event(Exchange exchange, boolean otherToken, int slot, String waitLeaving, String waitFor, String move, String instanceId) {}

  private static final class Session {
    final String id;
    final boolean other;
    Node node;
    boolean gone;
    boolean hooked;
    String policy;

    Session(String id, boolean other, Node node) {
      this.id = id;
      this.other = other;
      this.node = node;
    }
  }

  private final Exploration run;
  private final Context ctx;
  private final LifecycleGraph graph;
  private final Session[] slots;
  private final List<Trace> traces = new ArrayList<>();
  private List<Event> events;

  Explorer(Exploration run) {
    this.run = run;
    this.ctx = run.context();
    this.graph = run.graph();
    this.slots = new Session[run.maxSessions()];
  }

  /** The steps that did something, with what each sent. */
  List<Trace> traces() {
    return traces;
  }

  List<ExploreStep> steps() {
    return traces.stream().map(Trace::step).toList();
  }

  boolean hasSession() {
    for (Session s : slots) {
      if (s != null && !s.gone) {
        return true;
      }
    }
    return false;
  }

  /** The slots that hold a session (deleted ones included: every call on them must answer 404). */
  List<Integer> usedSlots() {
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != null) {
        used.add(i);
      }
    }
    return used;
  }

  /** Whether a move applies to the session in a slot, as the model says. */
  boolean moveApplies(int slot, String moveName) {
    Session s = slots[slot];
    Optional<Move> m = ctx.model().move(moveName);
    return s != null && !s.gone && m.isPresent() && m.get().appliesTo(s.node.status(), s.node.login());
  }

  /**
   * Takes a step and judges it.
   *
   * @throws Departure when the target departed from the model
   */
  void take(ExploreStep step) {
    if (!applies(step)) {
      return;
    }
    events = new ArrayList<>();
    traces.add(new Trace(step, events));
    run.stepTaken();
    int delivered = run.deliveries().size();
    String before = statuses();
    try {
      dispatch(step);
    } finally {
      events = events == null ? new ArrayList<>() : events;
    }
    events(delivered, !before.equals(statuses()));
  }

  private void dispatch(ExploreStep step) {
    switch (step.kind()) {
      case CREATE -> create(step);
      case ACT -> act(step);
      case MOVE -> move(step);
      case READ, WRITE -> readOrWrite(step);
      case FOREIGN -> foreign(step);
      case BAD_TOKEN -> badToken(step);
      case WRONG_METHOD -> wrongMethod(step);
      case HOOK -> hook(step);
      case NONE -> { }
    }
  }

  /** The statuses of the hooked sessions, to see whether a step changed one (an event is due). */
  private String statuses() {
    StringBuilder sb = new StringBuilder();
    for (Session s : slots) {
      if (s != null && s.hooked && !s.gone) {
        sb.append(s.id).append('=').append(s.node.status()).append(';');
      }
    }
    return sb.toString();
  }

  /**
   * After a step that changed a hooked session's status, waits briefly for its event, then holds
   * every event delivered since the step began to the signing rule: signed with the webhook's key.
   */
  private void events(int delivered, boolean due) {
    if (statuses().isEmpty() && !due) {
      return;
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (due && run.deliveries().size() <= delivered && System.nanoTime() < deadline) {
      Context.sleep(10);
    }
    List<Exploration.Delivery> all = run.deliveries();
    for (int i = delivered; i < all.size(); i++) {
      Exploration.Delivery d = all.get(i);
      if (!io.wawpkit.session.client.events.SessionStatusEvents.signatureMatches(
          d.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), d.signature(), EventChecks.KEY)) {
        depart(ctx.marks().signing(), "setWebhooks", "a session.status event is signed with the webhook's key",
            ctx.spec().signing().header() + " the HMAC of the body with the key set", ctx.spec().signing().header() + " "
                + d.signature() + " does not match the body " + (d.body().length() > 120 ? d.body().substring(0, 120) + "..." : d.body()),
            null);
      }
    }
  }

  private void hook(ExploreStep step) {
    Session s = slots[step.slot()];
    if (s.gone) {
      gone(s, step, ctx.spec().operation("setWebhooks").orElseThrow());
      return;
    }
    Answer a = send(ctx.api().call("setWebhooks").instance(s.id).token(token(s.other)).creds(step.form())
        .json("{\"webhooks\":[{\"url\":\"" + run.hookUrl() + "\",\"events\":[\"session.status\"],\"is_active\":true,"
            + "\"hmac\":{\"key\":\"" + EventChecks.KEY + "\"}}]}"), s.other, step.slot());
    expect(a, step, "setWebhooks", "a signed webhook is set", ctx.rule("webhooks-need-a-plan"), Set.of(200, 403), null);
    s.hooked = a.status() == 200;
  }

  private boolean applies(ExploreStep step) {
    if (step.slot() >= slots.length) {
      return false;
    }
    Session s = slots[step.slot()];
    return switch (step.kind()) {
      case NONE -> false;
      case CREATE -> (s == null || s.gone) && (!step.other() || ctx.target().other().isPresent()) && !blocked(graph.start());
      case ACT -> s != null && (s.gone || !blocked(graph.action(s.node, ctx.spec().operation(step.operationId()).orElseThrow().action()).to()));
      case MOVE -> ctx.control().isPresent() && moveApplies(step.slot(), step.value());
      case FOREIGN -> s != null && !s.gone && ctx.target().other().isPresent();
      case WRONG_METHOD -> true;
      case HOOK -> s != null && run.hookUrl() != null;
      default -> s != null;
    };
  }

  /**
   * Whether a node waits for a timer move that an earlier group found does not happen on this
   * target (its wait timed out): no step leads there, so that no sequence waits for it again.
   */
  private boolean blocked(Node node) {
    return ctx.model().pendingMove(node.status(), node.login(), Move.Trigger.TIMER)
        .filter(m -> ctx.blockedBy(Context.move(m.name(), node.toString())).isPresent()).isPresent();
  }

  private String token(boolean other) {
    return other ? ctx.target().other().orElseThrow() : ctx.target().accessToken();
  }

  private Answer send(Api.Call call, boolean otherToken, int slot) {
    Answer a = call.send();
    Session s = slot >= 0 ? slots[slot] : null;
    events.add(new Event(a.exchange(), otherToken, slot, null, null, null, s == null ? null : s.id));
    return a;
  }

  private void create(ExploreStep step) {
    String op = ctx.createOperation().operationId();
    Answer a = ctx.api().call(op).token(token(step.other())).creds(step.form()).send();
    Evidence mark = ctx.marks().create(op);
    String id = ctx.createdId(a);
    events.add(new Event(a.exchange(), step.other(), step.slot(), null, null, null, id));
    if (id != null) {
      ctx.adopt(a);
    }
    expect(a, step, op, "create answers a new instance", mark, Set.of(200), null);
    if (id == null) {
      depart(mark, op, "create answers a new instance", "200 with the id at " + ctx.spec().instanceIdPointer(ctx.createOperation()),
          "no instance id", a.exchange());
    }
    Session s = new Session(id, step.other(), graph.start());
    slots[step.slot()] = s;
    settle(s, step, mark);
  }

  private void act(ExploreStep step) {
    Session s = slots[step.slot()];
    SpecOperation op = ctx.spec().operation(step.operationId()).orElseThrow();
    if (s.gone) {
      gone(s, step, op);
      return;
    }
    Step edge = graph.action(s.node, op.action());
    Evidence cell = LifecycleChecks.cell(ctx, op.action(), s.node.status());
    Answer a = send(ctx.api().call(op.operationId()).instance(s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
    String name = op.action() + " from " + s.node;
    expect(a, step, op.operationId(), name, cell, Set.of(200), null);
    boolean terminal = graph.isTerminal(edge.to());
    String expected = terminal ? ctx.model().terminal() : edge.to().status();
    if (!expected.equals(a.text("status"))) {
      depart(cell, op.operationId(), name, "HTTP 200 with status " + expected + " (x-wawp-lifecycle.actions." + op.action() + ")",
          "status " + a.text("status"), a.exchange());
    }
    if (terminal) {
      Answer info = send(ctx.api().call("getSessionInfo").instance(s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
      s.gone = true;
      if (info.status() == 404) {
        ctx.deleted(s.id);
      }
      expect(info, step, "getSessionInfo", "after " + op.action() + " the instance is gone", ctx.marks().terminal(), Set.of(404),
          ctx.documentedCode("NotFound"));
      return;
    }
    s.node = edge.to();
    settle(s, step, cell);
  }

  private void move(ExploreStep step) {
    Session s = slots[step.slot()];
    Move m = ctx.model().move(step.value()).orElseThrow();
    MockControl control = ctx.control().orElseThrow();
    MockControl.MoveResult result = m.trigger() == Move.Trigger.PERSON ? control.scan(s.id) : control.move(s.id, m.name());
    events.add(new Event(null, s.other, step.slot(), null, null, m.name(), s.id));
    Evidence mark = ctx.marks().move(m.name()).orElseGet(() -> ctx.marks().qrRotation());
    if (result != MockControl.MoveResult.APPLIED) {
      depart(mark, "getSessionInfo", "move '" + m.name() + "' from " + s.node,
          "the move applies (the session is in " + s.node.status() + " as the model says)", "the mock's control API: " + result, null);
    }
    s.node = new Node(m.to(), LifecycleGraph.apply(s.node.login(), m.login()));
    settle(s, step, mark);
  }

  private void readOrWrite(ExploreStep step) {
    Session s = slots[step.slot()];
    SpecOperation op = ctx.spec().operation(step.operationId()).orElseThrow();
    if (s.gone) {
      gone(s, step, op);
      return;
    }
    Api.Call call = ctx.api().call(op.operationId()).instance(s.id).token(token(s.other)).creds(step.form());
    if ("setRateLimit".equals(op.operationId()) && step.value() != null) {
      call.params("{\"policy_slug\":\"" + step.value() + "\"}");
    } else {
      call.exampleParams();
    }
    String status = s.node.status();
    Instant sent = Instant.now();
    Answer a = send(call, s.other, step.slot());
    String name = op.operationId() + " in " + s.node;
    if (!ctx.model().serves(op.operationId(), status)) {
      String code = ctx.documentedCode(ctx.model().otherwiseResponseName());
      expect(a, step, op.operationId(), op.operationId() + " outside the statuses that serve it (in " + status + ")",
          ctx.marks().servedInOtherwise(), Set.of(422), code);
      String named = a.json().path("data").path("session_status").asText(null);
      if (!status.equals(named)) {
        depart(ctx.marks().servedInOtherwise(), op.operationId(), "the refusal names the session's status",
            "data.session_status " + status, "data.session_status " + named, a.exchange());
      }
      check(s, step);
      return;
    }
    Evidence mark = ctx.marks().servedIn(op.operationId()).orElseGet(() -> ctx.operationMark(op.operationId()));
    if (op.paidOnly()) {
      // A free account is refused; whether this account pays is not the suite's to know.
      expect(a, step, op.operationId(), name, ctx.rule("webhooks-need-a-plan"), Set.of(200, 403), null);
      if (a.status() == 403 && !ctx.documentedCode("SubscriptionRequired").equals(a.errorCode())) {
        depart(ctx.rule("webhooks-need-a-plan"), op.operationId(), name, "200, or 403 " + ctx.documentedCode("SubscriptionRequired"),
            "403 " + a.errorCode(), a.exchange());
      }
      return;
    }
    expect(a, step, op.operationId(), name, mark, Set.of(200), null);
    switch (op.operationId()) {
      case "getSessionInfo", "getSessionInfoByPost" -> info(s, a, ctx.operationMark(op.operationId()));
      case "getRateLimit" -> {
        if (s.policy != null && !s.policy.equals(a.text("current_policy"))) {
          depart(ctx.rule("writes-show-in-reads"), op.operationId(), "the policy chosen is what the next read shows",
              "current_policy " + s.policy, "current_policy " + a.text("current_policy"), a.exchange());
        }
      }
      case "setRateLimit" -> {
        s.policy = step.value() != null ? step.value() : s.policy;
        // what a write sets, the next read shows
        Answer read = send(ctx.api().call("getRateLimit").instance(s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
        expect(read, step, "getRateLimit", "rate-limit after a policy is chosen", ctx.operationMark("getRateLimit"), Set.of(200), null);
        if (s.policy != null && !s.policy.equals(read.text("current_policy"))) {
          depart(ctx.rule("writes-show-in-reads"), "setRateLimit", "the policy chosen is what the next read shows",
              "current_policy " + s.policy, "current_policy " + read.text("current_policy"), read.exchange());
        }
      }
      case "createTempLink" -> tempLinkLifetime(a, sent);
      default -> { }
    }
    if (op.operationId().startsWith("getSessionInfo")) {
      return;
    }
    if (ctx.model().servedIn(op.operationId()).isPresent()) {
      qr(s, step);
      // A login operation changes no status.
      check(s, step);
    }
  }

  /**
   * A login read served while the session shows a QR (SCAN_QR_CODE): the raw QR's expiry is in the
   * future (rule qr-expiry), and the image shows the QR the raw answer gives (rule
   * one-qr-at-a-time, a position). The QR may rotate between two reads: the raw QR is read again
   * before an image that disagrees departs.
   */
  private void qr(Session s, ExploreStep step) {
    List<LoginChecks.Read> reads = LoginChecks.reads(ctx);
    String scan = LoginChecks.scanStatus(ctx, reads);
    LoginChecks.Read raw = reads.stream().filter(r -> r.kind().equals(LoginChecks.RAW)).findFirst().orElse(null);
    if (scan == null || raw == null || !scan.equals(s.node.status())) {
      return;
    }
    Answer a = send(raw.call(ctx, s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
    if (a.status() != 200) {
      return; // the step's own verdicts cover a refusal
    }
    JsonNode expiry = LoginChecks.decoded(ctx, raw, a).map(v -> v.path("expiry")).orElse(null);
    if (expiry != null && expiry.isNumber()) {
      long now = System.currentTimeMillis();
      Long served = LoginChecks.dateHeader(a);
      long then = expiry.asLong();
      if (then <= now && (served == null || then <= served)) {
        depart(ctx.rule("qr-expiry"), raw.op().operationId(), raw.label() + ": the QR's expiry is in the future",
            "expiry after the moment it was read (" + now + " by this machine's clock" + (served == null ? "" : ", or " + served
                + " by the answer's Date header") + ")", "expiry " + then + " (" + Instant.ofEpochMilli(then) + ")", a.exchange());
      }
    }
    Optional<String> value = LoginChecks.value(ctx, raw, a);
    if (value.isEmpty()) {
      return;
    }
    for (LoginChecks.Read image : reads.stream().filter(r -> r.kind().equals(LoginChecks.IMAGE)).toList()) {
      Answer i = send(image.call(ctx, s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
      if (i.status() != 200) {
        continue;
      }
      Optional<String> shown = QrReading.qrText(Objects.toString(i.text("qr"), ""));
      if (shown.isPresent() && shown.get().equals(value.get())) {
        continue;
      }
      Answer later = send(raw.call(ctx, s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
      Optional<String> now = LoginChecks.value(ctx, raw, later);
      if (shown.isEmpty() || now.isEmpty() || !shown.get().equals(now.get())) {
        depart(ctx.rule("one-qr-at-a-time"), image.op().operationId(), image.label() + " shows the QR " + raw.label() + " gives",
            "a QR that reads " + LoginChecks.shorten(value.get()),
            shown.map(t -> "a QR that reads " + LoginChecks.shorten(t)).orElse("no QR that reads"), i.exchange());
      }
    }
  }

  private void tempLinkLifetime(Answer a, Instant sent) {
    Duration lifetime = ctx.spec().tempLinkLifetime();
    String expiry = a.text(DocumentedNumbers.EXPIRY);
    Instant expires;
    try {
      expires = expiry == null ? null : OffsetDateTime.parse(expiry).toInstant();
    } catch (DateTimeParseException e) {
      expires = null;
    }
    if (expires == null) {
      return; // the shape's verdict covers a missing or malformed expiry
    }
    Duration after = Duration.between(sent, expires);
    if (after.minus(lifetime).abs().compareTo(DocumentedNumbers.TOLERANCE) > 0) {
      depart(ctx.rule("temp-link-lifetime"), "createTempLink", "a new temp link expires " + Context.inWords(lifetime) + " after it is made",
          DocumentedNumbers.EXPIRY + " about " + Context.inWords(lifetime) + " after the request",
          DocumentedNumbers.EXPIRY + " " + expiry + ", " + after.toSeconds() + " s after the request", a.exchange());
    }
  }

  private void foreign(ExploreStep step) {
    Session s = slots[step.slot()];
    Answer a = send(ctx.api().call("getSessionInfo").instance(s.id).token(token(!s.other)).creds(step.form()), !s.other, step.slot());
    expect(a, step, "getSessionInfo", "another account's instance answers as an unknown one", ctx.rule("foreign-instance-is-404"),
        Set.of(404), ctx.documentedCode("NotFound"));
  }

  private void badToken(ExploreStep step) {
    Session s = slots[step.slot()];
    Answer a = ctx.api().call("getSessionInfo").instance(s.id).token(WRONG_TOKEN).creds(step.form()).send();
    events.add(new Event(a.exchange(), false, step.slot(), null, null, null, s.id));
    Evidence scheme = ctx.marks().securityScheme(step.form() == Api.Creds.HEADERS ? CredentialNames.BEARER : CredentialNames.TOKEN_QUERY);
    expect(a, step, "getSessionInfo", "a wrong token is refused", scheme, Set.of(400, 401), null);
  }

  private void wrongMethod(ExploreStep step) {
    WawpSpec.UndocumentedMethod rule = ctx.spec().undocumentedMethod();
    String path = step.operationId();
    Answer a = ctx.api().raw(step.value(), path).instance(UNKNOWN_INSTANCE).creds(step.form()).send();
    events.add(new Event(a.exchange(), false, -1, null, null, null, null));
    ctx.adopt(a);
    Set<String> allowed = ctx.spec().allowedMethods(path);
    String allow = a.header(rule.header());
    Set<String> listed = allow == null ? Set.of() : new HashSet<>(List.of(allow.trim().split("\\s*,\\s*")));
    boolean ok = a.status() == rule.status() && listed.equals(allowed) && rule.code().equals(a.errorCode());
    if (!ok) {
      depart(ctx.marks().undocumentedMethod(), step.value() + " " + path, "an undocumented method answers " + rule.status() + " with " + rule.header(),
          rule.status() + " " + rule.code() + ", " + rule.header() + ": " + String.join(", ", allowed),
          "HTTP " + a.status() + ", " + rule.header() + ": " + allow + ", code " + a.errorCode(), a.exchange());
    }
  }

  /** Every call on a deleted instance answers 404 with the documented code. */
  private void gone(Session s, ExploreStep step, SpecOperation op) {
    Answer a = send(ctx.api().call(op.operationId()).instance(s.id).token(token(s.other)).creds(step.form()).exampleParams(), s.other,
        step.slot());
    if (op.paidOnly() && a.status() == 403 && ctx.documentedCode("SubscriptionRequired").equals(a.errorCode())) {
      shape(a, op.operationId(), "a paid-only operation on a free account");
      return; // the plan is checked before the instance: a free account learns nothing about the instance
    }
    expect(a, step, op.operationId(), "after delete the instance is gone", ctx.marks().terminal(), Set.of(404), ctx.documentedCode("NotFound"));
  }

  /**
   * Waits until the model's timer moves from where the session is have happened (a boot), then
   * reads info and holds it to the model.
   *
   * @param mark what brought the session here (an action's cell, a move's mark), for a wrong status
   */
  private void settle(Session s, ExploreStep step, Evidence mark) {
    Optional<Move> timer = ctx.model().pendingMove(s.node.status(), s.node.login(), Move.Trigger.TIMER)
        .filter(m -> !m.to().equals(s.node.status()));
    if (timer.isEmpty()) {
      info(s, read(s, step), mark);
      return;
    }
    Move m = timer.get();
    String from = s.node.status();
    events.add(new Event(null, s.other, step.slot(), from, m.to(), null, s.id));
    long start = System.nanoTime();
    long deadline = start + ctx.transitionTimeout().toNanos();
    Answer info;
    while (true) {
      info = ctx.api().call("getSessionInfo").instance(s.id).token(token(s.other)).creds(step.form()).send();
      long now = System.nanoTime();
      if (info.status() != 200 || !from.equals(info.text("status")) || now > deadline) {
        break;
      }
      Context.sleep(Math.max(10, Math.min(run.local() ? 100 : 2000, Duration.ofNanos(now - start).toMillis() / 4)));
    }
    events.add(new Event(info.exchange(), s.other, step.slot(), null, null, null, s.id));
    s.node = new Node(m.to(), LifecycleGraph.apply(s.node.login(), m.login()));
    info(s, info, ctx.marks().move(m.name()).orElse(mark));
  }

  private Answer read(Session s, ExploreStep step) {
    return send(ctx.api().call("getSessionInfo").instance(s.id).token(token(s.other)).creds(step.form()), s.other, step.slot());
  }

  /** Reads info and holds the status to the model (a login operation, say, must not change it). */
  private void check(Session s, ExploreStep step) {
    info(s, read(s, step), ctx.marks().servedInOtherwise());
  }

  /** Holds an answer of info to the model: 200, the status, what it carries and what it does not. */
  private void info(Session s, Answer info, Evidence mark) {
    String name = "info in " + s.node;
    if (info.status() != 200) {
      depart(mark, "getSessionInfo", name, "200 with status " + s.node.status(), "HTTP " + info.status(), info.exchange());
    }
    shape(info, "getSessionInfo", name);
    String status = info.text("status");
    if (!s.node.status().equals(status)) {
      depart(mark, "getSessionInfo", "the session is in " + s.node.status() + " as the model says", "status " + s.node.status(),
          "status " + status, info.exchange());
    }
    Set<String> carried = ctx.model().carries(status);
    for (String field : carried) {
      if (!info.json().hasNonNull(field)) {
        depart(ctx.marks().carries(status).orElseThrow(), "getSessionInfo", "info carries '" + field + "' in " + status,
            "a non-null '" + field + "' (x-wawp-lifecycle.carries)", "missing or null", info.exchange());
      }
    }
    for (String field : ctx.model().carriedFields()) {
      if (!carried.contains(field) && info.json().hasNonNull(field)) {
        String value = info.json().get(field).toString();
        depart(ctx.marks().absentElsewhere(field).orElseGet(() -> ctx.marks().carries(status).orElseThrow()), "getSessionInfo",
            "info does not carry '" + field + "' in " + status, "'" + field + "' null or absent (x-wawp-lifecycle.carries)",
            "'" + field + "' is " + (value.length() > 80 ? value.substring(0, 80) + "..." : value), info.exchange());
      }
    }
  }

  /**
   * Holds an answer to a set of statuses (and an error code), and to its shape. A request in the
   * header form that is refused as if it carried no credentials is graded by the header form's mark.
   */
  private void expect(Answer a, ExploreStep step, String op, String name, Evidence mark, Set<Integer> statuses, String code) {
    String expected = statuses.stream().map(String::valueOf).reduce((x, y) -> x + " or " + y).orElse("") + (code == null ? "" : " " + code);
    if (!statuses.contains(a.status())) {
      Evidence why = mark;
      if (step.form() == Api.Creds.HEADERS && statuses.contains(200) && (a.status() == 400 || a.status() == 401)) {
        why = ctx.marks().securityScheme(CredentialNames.BEARER);
      }
      depart(why, op, name, expected, a.status() < 0 ? a.exchange().body() : "HTTP " + a.status() + " " + Objects.toString(a.errorCode(), ""),
          a.exchange());
    }
    if (code != null && !code.equals(a.errorCode())) {
      depart(mark, op, name, expected, "HTTP " + a.status() + " " + a.errorCode(), a.exchange());
    }
    shape(a, op, name);
  }

  private void shape(Answer a, String op, String name) {
    if (!a.conforms()) {
      Evidence grounds = a.exchange().contractGrounds() != null ? a.exchange().contractGrounds() : ctx.operationMark(op);
      depart(grounds, op, name + ": the answer's shape", "an answer the spec describes", String.join("; ", a.exchange().contractErrors()),
          a.exchange());
    }
  }

  private static void depart(Evidence evidence, String operation, String name, String expected, String actual, Exchange exchange) {
    throw new Departure(new Finding(evidence, operation, name, expected, actual, exchange));
  }

  /** Deletes the sequence's sessions (each with its account's token); a failed delete is left to the run's cleanup. */
  @Override
  public void close() {
    for (Session s : slots) {
      if (s == null || s.gone) {
        continue;
      }
      try {
        Answer a = ctx.api().call("deleteSession").instance(s.id).token(token(s.other)).send();
        if (a.status() == 200 || a.status() == 404) {
          ctx.deleted(s.id);
        }
      } catch (RuntimeException e) {
        // the run's cleanup deletes what is left
      }
    }
  }
}
