package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bad input is refused, never served and never a 5xx: missing or wrong credentials in either form,
 * a missing or unknown instance, requests the spec's own schemas forbid (generated from them), and
 * undocumented methods (405 with Allow). On a remote target each kind is tried on a few operations.
 */
public final class ErrorChecks implements CheckGroup {
  static final String GROUP = "errors";
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static final String UNKNOWN_INSTANCE = "ZZZZconformance0";
  /** How many forbidden requests a remote target gets. */
  static final int REMOTE_NEGATIVE_BUDGET = 6;

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    String instance = ctx.createSession(null).orElse(null);
    List<SpecOperation> ops = ctx.target().local()
        ? ctx.operations()
        : ctx.operations().stream().filter(o -> !o.needsInstance()
            || Set.of("getSessionInfo", "setRateLimit").contains(o.operationId())).toList();
    EvidenceMarks marks = ctx.marks();
    Evidence token = marks.securityScheme(CredentialNames.TOKEN_QUERY);
    Evidence unauthorized = marks.response("Unauthorized");
    for (SpecOperation op : ops) {
      String id = op.needsInstance() ? instance : null;
      refused(ctx, op, "no credentials at all", "400 or 401", Set.of(400, 401),
          ctx.api().call(op.operationId()).creds(Api.Creds.NONE).send(), token, unauthorized);
      refused(ctx, op, "a wrong token in the query", "401 (or 400)", Set.of(400, 401),
          ctx.api().call(op.operationId()).instance(id).token("wrong-" + System.nanoTime()).exampleParams().send(), token, unauthorized);
      // The header form is a position (Wawp's SDKs send it, no docs page shows it).
      Evidence bearer = marks.securityScheme(CredentialNames.BEARER);
      refused(ctx, op, "a wrong bearer token", "401 (or 400)", Set.of(400, 401),
          ctx.api().call(op.operationId()).instance(id).creds(Api.Creds.HEADERS).token("wrong-" + System.nanoTime()).exampleParams().send(),
          bearer, bearer);
      if (op.operation().getRequestBody() != null) {
        refused(ctx, op, "credentials only in its JSON body", "400 or 401", Set.of(400, 401),
            ctx.api().call(op.operationId()).creds(Api.Creds.NONE).json(withCredentials(op, ctx, id)).send(),
            ctx.rule("no-credentials-in-body"), unauthorized);
      }
      if (op.needsInstance()) {
        refused(ctx, op, "a token without instance_id", "400 missing_parameter", Set.of(400),
            ctx.api().call(op.operationId()).exampleParams().send(), marks.securityScheme(CredentialNames.INSTANCE_QUERY),
            marks.errorCode("missing_parameter").orElseThrow());
        refused(ctx, op, "an unknown instance_id", "404 " + ctx.documentedCode("NotFound"), Set.of(404),
            ctx.api().call(op.operationId()).instance(UNKNOWN_INSTANCE).exampleParams().send(), marks.response("NotFound"),
            marks.response("NotFound"));
      }
    }
    NegativeRequests negative = new NegativeRequests(ctx.spec());
    // A remote target gets a few of them, of as many kinds as the budget allows: no load.
    for (NegativeRequests.Bad bad : ctx.target().local() ? negative.all() : negative.sample(REMOTE_NEGATIVE_BUDGET)) {
      if (!ctx.serves(bad.operationId())) {
        continue; // a v2-only operation on a v1 target
      }
      var call = ctx.api().call(bad.operationId()).instance(bad.instanceId() != null ? bad.instanceId() : instance);
      if (bad.body() != null) {
        call.rawBody(bad.body(), bad.contentType());
      }
      // Served, it departs from the rule it breaks (a constraint the docs do not state is a position).
      refused(ctx, ctx.spec().operation(bad.operationId()).orElseThrow(), bad.what(), "a 4xx", null, call.send(),
          bad.evidence(), bad.evidence());
    }
    undocumentedMethods(ctx);
  }

  /** The rule {@code x-wawp-undocumented-method} states, checked on every documented path. */
  private static void undocumentedMethods(Context ctx) {
    WawpSpec.UndocumentedMethod rule = ctx.spec().undocumentedMethod();
    int status = rule.status();
    String header = rule.header();
    String code = rule.code();
    for (String path : ctx.spec().paths()) {
      if (ctx.operations().stream().noneMatch(o -> o.path().equals(path))) {
        continue; // not served on this target's version
      }
      Set<String> allowed = ctx.spec().allowedMethods(path);
      for (String method : METHODS) {
        if (allowed.contains(method)) {
          continue;
        }
        // An unknown instance: a server that ignored the method could not act on anything real;
        // if it created an instance anyway (create needs none), the suite deletes it.
        Answer a = ctx.api().raw(method, path).instance(UNKNOWN_INSTANCE).send();
        ctx.adopt(a);
        String allow = a.header(header);
        Set<String> listed = allow == null ? Set.of() : new HashSet<>(List.of(allow.trim().split("\\s*,\\s*")));
        boolean ok = a.status() == status && listed.equals(allowed) && code.equals(a.errorCode());
        ctx.results().check(ok, ctx.marks().undocumentedMethod(), GROUP, method + " " + path, "an undocumented method answers " + status + " with " + header,
            status + " " + code + ", " + header + ": " + String.join(", ", allowed) + " (x-wawp-undocumented-method)",
            "HTTP " + a.status() + ", " + header + ": " + allow + ", code " + a.errorCode(), a.exchange());
        if (!ctx.target().local()) {
          break;
        }
      }
    }
  }

  /** Whether an answer is the lifecycle's refusal of an operation bound to statuses ({@code servedIn.otherwise}). */
  private static boolean wrongStatusRefusal(Context ctx, SpecOperation op, Answer a) {
    String otherwise = ctx.model().otherwiseResponseName();
    if (otherwise == null || ctx.model().servedIn(op.operationId()).isEmpty()) {
      return false;
    }
    WawpSpec.ErrorExample refusal = ctx.spec().errorExample(otherwise);
    return a.status() == refusal.status() && refusal.code().equals(a.errorCode());
  }

  /**
   * The spec's request example with the credentials among its members, under the names of the
   * query form, as some parameter tables list them.
   */
  private static String withCredentials(SpecOperation op, Context ctx, String instanceId) {
    CredentialNames names = ctx.spec().credentials();
    var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    body.put(names.tokenParameter(), ctx.target().accessToken());
    if (instanceId != null) {
      body.put(names.instanceParameter(), instanceId);
    }
    op.requestExample().ifPresent(example -> example.fields().forEachRemaining(m -> body.set(m.getKey(), m.getValue())));
    return body.toString();
  }

  /**
   * Records a refusal check, graded by the weightiest rule it breaks: never a 5xx (documented, always
   * a failure), refused at all ({@code broken}: the rule the request breaks), the exact status
   * ({@code exact}), and the Error shape (a position).
   */
  static void refused(Context ctx, SpecOperation op, String what, String expected, Set<Integer> codes, Answer a,
      Evidence broken, Evidence exact) {
    ctx.adopt(a); // a create that should have been refused but was served is cleaned up
    String name = op.label() + " with " + what + " is refused";
    // The model's refusal of an operation in a status that does not serve it (a QR of a STOPPED
    // session) comes after the request was accepted: it departs from the rule the request broke,
    // not from the status of the refusal it should have had.
    boolean pastTheRule = codes != null && !codes.contains(a.status()) && wrongStatusRefusal(ctx, op, a);
    boolean statusOk = pastTheRule || (codes == null ? a.exchange().isClientError() : codes.contains(a.status()));
    String actual = "HTTP " + a.status() + (a.errorCode() == null ? "" : " " + a.errorCode())
        + (a.conforms() ? "" : " " + a.exchange().contractErrors());
    ctx.results().check(GROUP, op.operationId(), name, expected + " with the Error body, never served and never a 5xx",
        actual, a.exchange(),
        new Results.Clause(a.status() > 0 && !a.exchange().isServerError(), ctx.rule("refusal-status-class")),
        new Results.Clause((a.exchange().isClientError() && !pastTheRule) || a.exchange().isServerError(), broken),
        new Results.Clause(statusOk || !a.exchange().isClientError(), exact),
        new Results.Clause(!a.exchange().isClientError() || (a.conforms() && a.errorCode() != null), ctx.rule("error-shape")));
  }
}
