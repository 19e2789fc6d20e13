package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Both credential forms as working paths, not only as refused ones (the errors group checks that
 * wrong credentials are refused in either form): every operation served with the query form
 * ({@code access_token}, {@code instance_id}: documented) and with the header form
 * ({@code Authorization: Bearer}, {@code X-Instance-ID}: a position, so an API that ignores it
 * warns), then the lifecycle walk once more in the header form.
 *
 * <p>The two forms go in lockstep on a session each: the same operation, in the same order, on
 * sessions in the same state, so that the header form is held to what the query form got. The walk
 * in the header form is the lifecycle group's walk on a share of the transitions (every state this
 * target reaches and every action once), bounded as that walk is on a remote target.
 */
public final class CredentialChecks implements CheckGroup {
  static final String GROUP = "credentials";
  /** What the names of the checks made in the header form end with. */
  static final String HEADER_FORM = ", with header credentials";

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    boolean headersWork = everyOperationInBothForms(ctx);
    walkInTheHeaderForm(ctx, headersWork);
  }

  /** Every operation in each form, in lockstep; whether the header form made a session and read it. */
  private static boolean everyOperationInBothForms(Context ctx) {
    Context headers = ctx.inForm(Api.Creds.HEADERS);
    SpecOperation create = ctx.createOperation();
    Answer[] byQuery = new Answer[1];
    Answer[] byHeaders = new Answer[1];
    String inQuery = ctx.createSession(byQuery).orElse(null);
    String inHeaders = headers.createSession(byHeaders).orElse(null);
    record(ctx, create, byQuery[0], null);
    boolean headersWork = record(ctx, create, byHeaders[0], byQuery[0]) && inHeaders != null;
    if (inQuery == null) {
      ctx.results().skip(ctx.operationMark(create.operationId()), GROUP, "all", "every operation works with either credential form",
          "create gave no session (see " + create.operationId() + " in this group)");
      return false;
    }
    if (inHeaders == null) {
      // The header form still gets every operation, on a session made in the query form.
      inHeaders = ctx.createSession(null).orElse(null);
    }
    List<SpecOperation> ops = new ArrayList<>(ctx.operations().stream().filter(SpecOperation::needsInstance).toList());
    ops.sort(Comparator.comparingInt(CredentialChecks::order));
    for (SpecOperation op : ops) {
      Answer q = ctx.api().call(op.operationId()).instance(inQuery).exampleParams().send();
      record(ctx, op, q, null);
      if (inHeaders == null) {
        continue;
      }
      Answer h = headers.api().call(op.operationId()).instance(inHeaders).exampleParams().send();
      boolean works = record(ctx, op, h, q);
      if (op.operationId().equals("getSessionInfo")) {
        headersWork &= works;
      }
      if (op.action().equals("delete")) {
        forgetDeleted(ctx, inQuery, q);
        forgetDeleted(ctx, inHeaders, h);
      }
    }
    return headersWork;
  }

  /**
   * Records whether a request in one credential form worked. The query form works when it is not
   * refused for its credentials (a 401, or a 400 for a missing credential) and gets no 5xx; the
   * header form works when it gets what the same request got in the query form (or a 2xx), graded
   * by the header form's mark (a position) unless it got a 5xx (a failure wherever it comes).
   *
   * @param asQuery the same request's answer in the query form, or null when {@code a} is in the query form
   * @return whether it worked
   */
  private static boolean record(Context ctx, SpecOperation op, Answer a, Answer asQuery) {
    boolean headers = asQuery != null;
    boolean instance = op.needsInstance();
    Evidence form = ctx.marks().securityScheme(headers ? CredentialNames.BEARER : CredentialNames.TOKEN_QUERY);
    Evidence instanceForm = ctx.marks().securityScheme(headers ? CredentialNames.INSTANCE_HEADER : CredentialNames.INSTANCE_QUERY);
    String missing = ctx.documentedCode("BadRequest");
    boolean refused = a.status() == 401 || (a.status() == 400 && missing.equals(a.errorCode()));
    boolean works = headers ? a.status() == asQuery.status() || (a.status() >= 200 && a.status() < 300) : !refused;
    CredentialNames names = ctx.spec().credentials();
    String credentials = headers
        ? names.authorizationHeader() + ": " + names.authorizationScheme() + (instance ? " and " + names.instanceHeader() : "")
        : names.tokenParameter() + (instance ? " and " + names.instanceParameter() : "") + " in the query";
    String name = op.label() + " works with " + (headers ? "header" : "query") + " credentials";
    String expected = (headers
        ? "what the same request got with query credentials (HTTP " + asQuery.status() + ")"
        : "served, not refused for its credentials (401, or 400 " + missing + ")")
        + " with " + credentials + ", never a 5xx";
    String actual = "HTTP " + a.status() + (a.errorCode() == null ? "" : " " + a.errorCode());
    // A missing instance id is what an API that reads the token but not the instance's form answers.
    Evidence notRead = instance && a.status() == 400 ? instanceForm : form;
    return ctx.results().check(GROUP, op.operationId(), name, expected, actual, a.exchange(),
        new Results.Clause(works, works ? form : notRead),
        new Results.Clause(a.status() > 0 && !a.exchange().isServerError(), ctx.operationMark(op.operationId())));
  }

  /** The lifecycle walk once more, in the header form, when that form works here at all. */
  private static void walkInTheHeaderForm(Context ctx, boolean headersWork) {
    String name = "the lifecycle walk";
    if (!headersWork) {
      ctx.results().skip(ctx.marks().securityScheme(CredentialNames.BEARER), GROUP, "all", name + HEADER_FORM,
          "the target did not make or read a session with header credentials (see the checks above): nothing to walk");
      return;
    }
    LifecycleGraph graph = new LifecycleGraph(ctx.model(), LifecycleChecks.triggers(ctx), ctx.initialStatus());
    List<LifecycleChecks.Case> cases = cases(graph, List.copyOf(ctx.model().actions()));
    ctx.results().progress("credentials: " + name + " with header credentials, " + cases.size()
        + " transitions (every reachable state, every action)");
    LifecycleChecks.walk(ctx.inForm(Api.Creds.HEADERS), graph, cases, ConcurrentHashMap.newKeySet(),
        Recorder.as(ctx.results(), GROUP, HEADER_FORM));
  }

  /**
   * A share of the transitions that still visits every state this target reaches and takes every
   * action: the i-th reachable state with the i-th action, round both lists.
   */
  static List<LifecycleChecks.Case> cases(LifecycleGraph graph, List<String> actions) {
    List<Node> nodes = graph.reachable().stream().filter(n -> !graph.isTerminal(n)).toList();
    List<LifecycleChecks.Case> cases = new ArrayList<>();
    for (int i = 0; i < Math.max(nodes.size(), actions.size()); i++) {
      cases.add(new LifecycleChecks.Case(nodes.get(i % nodes.size()), actions.get(i % actions.size())));
    }
    return cases;
  }

  private static void forgetDeleted(Context ctx, String id, Answer delete) {
    if (delete.status() == 200) {
      ctx.deleted(id);
    }
  }

  /** Reads first, then settings, then the lifecycle, delete last (as the shape group does). */
  private static int order(SpecOperation op) {
    return switch (op.action()) {
      case SpecOperation.READ -> 0;
      case SpecOperation.SETTINGS -> 1;
      case "delete" -> 3;
      default -> 2;
    };
  }
}
