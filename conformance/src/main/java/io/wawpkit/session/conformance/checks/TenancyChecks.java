package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.spec.SpecOperation;
import java.util.List;

/**
 * A second account can neither read nor change an instance of the first: every operation on the
 * first account's instance, sent with the other token, answers 404 as for an unknown instance, and
 * the instance is unchanged afterwards.
 */
public final class TenancyChecks implements CheckGroup {
  static final String GROUP = "tenancy";

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    if (ctx.target().other().isEmpty()) {
      ctx.results().skip(ctx.rule("foreign-instance-is-404"), GROUP, "all", "another account cannot reach this account's instances",
          "no second account: give --other-access-token (or WAWP_OTHER_ACCESS_TOKEN)");
      return;
    }
    String other = ctx.target().other().get();
    String instance = ctx.createSession(null).orElse(null);
    if (instance == null) {
      ctx.results().depart(ctx.operationMark(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(), "a session to test tenancy on", "create answers 200", "no instance", null);
      return;
    }
    String initial = ctx.initialStatus();
    if (ctx.model().pendingMove(initial, false, io.wawpkit.session.spec.Move.Trigger.TIMER).isPresent()) {
      // v1 create starts the session: let its boot finish, so that "unchanged" means unchanged by the other account
      LifecycleChecks.awaitTimerMove(ctx, GROUP, instance, initial);
    }
    Answer before = ctx.api().call("getSessionInfo").instance(instance).send();
    List<SpecOperation> ops = ctx.operations().stream().filter(SpecOperation::needsInstance)
        .filter(o -> ctx.target().local() || o.operationId().equals("getSessionInfo") || o.operationId().equals("stopSession"))
        .toList();
    for (SpecOperation op : ops) {
      // a valid body (the spec's example): only the foreign instance can be refused
      Answer a = ctx.api().call(op.operationId()).instance(instance).token(other).exampleParams().send();
      boolean unknown = a.status() == 404 && a.conforms() && ctx.documentedCode("NotFound").equals(a.errorCode());
      // On a paid-only operation a free account gets 403 "whatever they send" (documented), which
      // tells nothing about the instance either.
      String refusal = ctx.documentedCode("SubscriptionRequired");
      boolean planRefused = op.paidOnly() && a.status() == 403 && a.conforms() && refusal.equals(a.errorCode());
      // Refused at all (a 4xx, never served, never a 5xx) is documented; answering as unknown is a position.
      ctx.results().check(GROUP, op.operationId(),
          op.label() + " with another account's token is refused as unknown",
          "404 " + ctx.documentedCode("NotFound") + ", exactly as for an unknown instance (no hint that it exists)"
              + (op.paidOnly() ? ", or 403 " + refusal + " to a free account" : ""),
          "HTTP " + a.status() + " " + a.errorCode(), a.exchange(),
          new Results.Clause(a.exchange().isClientError(), ctx.rule("refusal-status-class")),
          new Results.Clause(unknown || planRefused, ctx.rule("foreign-instance-is-404")));
    }
    Answer after = ctx.api().call("getSessionInfo").instance(instance).send();
    boolean same = after.status() == 200 && before.text("status") != null && before.text("status").equals(after.text("status"));
    ctx.results().check(same, ctx.rule("refusal-status-class"), GROUP, "getSessionInfo", "the other account's calls changed nothing",
        "the instance still exists with status " + before.text("status"), "HTTP " + after.status() + " status " + after.text("status"),
        after.exchange());
  }
}
