package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.SpecOperation;
import java.util.Objects;

/**
 * Endpoints agree with each other: what a write sets the next read shows (rate-limit policy,
 * webhook list), a policy choice survives a restart, a free account is refused a paid-only policy,
 * a new temp link expires the old one and DELETE leaves none, and the webhook endpoint answers 403
 * subscription_required exactly when rate-limit reports no active plan, and the session.status
 * webhook events agree with info.
 */
public final class ConsistencyChecks implements CheckGroup {
  static final String GROUP = "consistency";

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    String id = ctx.createSession(null).orElse(null);
    if (id == null) {
      ctx.results().depart(ctx.operationMark(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(), "a session for the consistency checks", "create answers 200", "no instance", null);
      return;
    }
    if (!ctx.serves("getRateLimit") || !ctx.serves("getTempLink") || !ctx.serves("setWebhooks")) {
      // v1 serves no rate-limit, temp-link or webhook operation: nothing here applies to it
      ctx.results().skip(ctx.rule("writes-show-in-reads"), GROUP, "all", "writes show in the next read; webhook events agree with info",
          "API version " + ctx.target().apiVersion() + " serves no rate-limit, temp-link or webhook operation (x-wawp-api-versions)");
      return;
    }
    String token = ctx.target().accessToken();
    rateLimit(ctx, id, token, "");
    tempLinks(ctx, id, token);
    DocumentedNumbers.tempLinkLifetime(ctx, id, token);
    webhooks(ctx, id, token);
    EventChecks.run(ctx);
    // The second account may be on the other plan: its answers must agree with each other too.
    ctx.target().other().ifPresent(other -> {
      Answer created = ctx.api().call(ctx.createOperation().operationId()).token(other).send();
      String otherId = ctx.createdId(created);
      if (created.status() == 200 && otherId != null) {
        try {
          rateLimit(ctx, otherId, other, " (second account)");
        } finally {
          ctx.api().call("deleteSession").instance(otherId).token(other).send();
        }
      }
    });
  }

  /**
   * A value sent both in the query string and in a JSON body: the query's counts (a position: the
   * docs show one place per value). The current policy is {@code inBody}; the query names {@code inQuery}.
   */
  private static void queryWins(Context ctx, String id, String token, String who, String inQuery, String inBody) {
    if (inQuery == null || inQuery.equals(inBody)) {
      return;
    }
    Answer set = ctx.api().call("setRateLimit").instance(id).token(token).query("policy_slug", inQuery)
        .json("{\"policy_slug\":\"" + inBody + "\"}").send();
    Answer read = ctx.api().call("getRateLimit").instance(id).token(token).send();
    ctx.results().check(set.status() == 200 && inQuery.equals(read.text("current_policy")), ctx.rule("query-wins"), GROUP,
        "setRateLimit", "policy_slug in both the query and a JSON body: the query wins" + who, "current_policy " + inQuery,
        "HTTP " + set.status() + ", then current_policy " + read.text("current_policy"), read.exchange());
  }

  private void rateLimit(Context ctx, String id, String token, String who) {
    Answer settings = ctx.api().call("getRateLimit").instance(id).token(token).send();
    if (settings.status() != 200) {
      ctx.results().depart(ctx.operationMark("getRateLimit"), GROUP, "getRateLimit", "rate-limit can be read" + who, "200", "HTTP " + settings.status(), settings.exchange());
      return;
    }
    String choice = null;
    String refused = null;
    for (JsonNode p : settings.json().path("policies")) {
      String slug = p.path("slug").asText();
      if (p.path("available").asBoolean() && !slug.equals(settings.text("current_policy")) && choice == null) {
        choice = slug;
      }
      if (!p.path("available").asBoolean() && refused == null) {
        refused = slug;
      }
    }
    if (choice == null) {
      ctx.results().skip(ctx.rule("writes-show-in-reads"), GROUP, "setRateLimit", "a chosen policy is what the next read shows" + who, "no other available policy to choose");
    } else {
      Answer set = ctx.api().call("setRateLimit").instance(id).token(token).params("{\"policy_slug\":\"" + choice + "\"}").send();
      Answer read = ctx.api().call("getRateLimit").instance(id).token(token).send();
      ctx.results().check(set.status() == 200 && choice.equals(read.text("current_policy")), ctx.rule("writes-show-in-reads"), GROUP, "setRateLimit",
          "a chosen policy is what the next read shows" + who, "current_policy " + choice,
          "HTTP " + set.status() + ", then current_policy " + read.text("current_policy"), read.exchange());
      Answer restart = ctx.api().call("restartSession").instance(id).token(token).send();
      Answer afterRestart = ctx.api().call("getRateLimit").instance(id).token(token).send();
      ctx.results().check(restart.status() == 200 && choice.equals(afterRestart.text("current_policy")), ctx.rule("settings-survive"), GROUP, "setRateLimit",
          "the policy choice survives a restart" + who, "current_policy " + choice + " after restart",
          "restart answered " + restart.status() + ", then current_policy " + afterRestart.text("current_policy"),
          afterRestart.exchange());
      queryWins(ctx, id, token, who, settings.text("current_policy"), choice);
    }
    boolean paid = settings.json().path("has_active_plan").asBoolean();
    if (refused == null) {
      ctx.results().skip(ctx.rule("paid-policies-need-a-plan"), GROUP, "setRateLimit", "a policy the account may not choose is refused" + who,
          "every policy is available to this account (" + (paid ? "paid" : "free") + ")");
    } else {
      Answer no = ctx.api().call("setRateLimit").instance(id).token(token).params("{\"policy_slug\":\"" + refused + "\"}").send();
      String refusal = ctx.documentedCode("SubscriptionRequired");
      ctx.results().check(no.status() == 403 && refusal.equals(no.errorCode()), ctx.rule("paid-policies-need-a-plan"), GROUP, "setRateLimit",
          "a policy marked unavailable (paid-only on a free account) is refused" + who, "403 " + refusal,
          "HTTP " + no.status() + " " + no.errorCode(), no.exchange());
    }
    // The operations the spec marks x-wawp-plan: paid answer 403 subscription_required exactly on a free plan.
    for (SpecOperation op : ctx.spec().operations()) {
      if (!op.paidOnly()) {
        continue;
      }
      Answer a = ctx.api().call(op.operationId()).instance(id).token(token).exampleParams().send();
      String refusal = ctx.documentedCode("SubscriptionRequired");
      boolean ok = paid ? a.status() == 200 : a.status() == 403 && refusal.equals(a.errorCode());
      ctx.results().check(ok, ctx.rule("webhooks-need-a-plan"), GROUP, op.operationId(),
          op.label() + " answers 403 " + refusal + " exactly when rate-limit reports no active plan" + who,
          paid ? "200 (has_active_plan is true)" : "403 " + refusal + " (has_active_plan is false)",
          "HTTP " + a.status() + " " + Objects.toString(a.errorCode(), ""), a.exchange());
    }
  }

  private void tempLinks(Context ctx, String id, String token) {
    Answer first = ctx.api().call("createTempLink").instance(id).token(token).send();
    Answer second = ctx.api().call("createTempLink").instance(id).token(token).send();
    Answer active = ctx.api().call("getTempLink").instance(id).token(token).send();
    String a = first.text("link");
    String b = second.text("link");
    ctx.results().check(a != null && b != null && !a.equals(b) && b.equals(active.text("link")), ctx.rule("new-temp-link-expires-old"), GROUP, "createTempLink",
        "a new temp link expires the old one", "two different links; GET shows the second",
        "first " + a + ", second " + b + ", GET " + active.text("link"), active.exchange());
    Answer revoke = ctx.api().call("revokeTempLinks").instance(id).token(token).send();
    Answer none = ctx.api().call("getTempLink").instance(id).token(token).send();
    boolean gone = revoke.status() == 200 && revoke.json().path("revoked").asInt(-1) >= 1 && none.json().path("link").isNull();
    ctx.results().check(gone, ctx.operationMark("revokeTempLinks"), GROUP, "revokeTempLinks", "DELETE leaves no active temp link",
        "revoked >= 1, then GET answers link null", "revoked " + revoke.text("revoked") + ", then link " + none.text("link"),
        none.exchange());
  }

  private void webhooks(Context ctx, String id, String token) {
    Answer current = ctx.api().call("getWebhooks").instance(id).token(token).send();
    if (current.status() != 200) {
      ctx.results().skip(ctx.rule("writes-show-in-reads"), GROUP, "setWebhooks", "a webhook list set is what the next read shows",
          "the account cannot use webhooks (HTTP " + current.status() + ")");
      return;
    }
    String list = "[{\"url\":\"https://conformance.invalid/hook\",\"events\":[\"session.status\"],\"is_active\":false}]";
    Answer set = ctx.api().call("setWebhooks").instance(id).token(token).params("{\"webhooks\":" + list + "}").send();
    Answer read = ctx.api().call("getWebhooks").instance(id).token(token).send();
    String url = read.json().path("webhooks").path(0).path("url").asText(null);
    ctx.results().check(set.status() == 200 && "https://conformance.invalid/hook".equals(url)
            && read.json().path("webhooks").size() == 1, ctx.rule("writes-show-in-reads"), GROUP, "setWebhooks",
        "a webhook list set is what the next read shows", "one webhook, https://conformance.invalid/hook",
        "HTTP " + set.status() + ", then " + read.json().path("webhooks"), read.exchange());
  }
}
