package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every operation of the spec, called once with valid credentials: the answer's status is one the
 * spec documents, its content type and required headers are right, and its body validates against
 * the schema (fields the schema does not name are warnings). Assumes nothing about state or
 * credential checking, so a stateless mock passes it too.
 */
public final class ShapeChecks implements CheckGroup {
  static final String GROUP = "shape";

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    Answer[] created = new Answer[1];
    String instance = ctx.target().instanceId();
    boolean own = false;
    if (instance == null) {
      instance = ctx.createSession(created).orElse(null);
      record(ctx, ctx.spec().operation("createSession").orElseThrow(), created[0]);
      own = instance != null;
      if (instance == null) {
        // Without an instance every other call would test only "unknown instance" answers.
        ctx.spec().operations().stream().filter(SpecOperation::needsInstance).forEach(op ->
            ctx.results().skip(GROUP, op.operationId(), op.label() + " answers its documented shape",
                "create gave no instance to call it on (see createSession); give --instance-id"));
        return;
      }
    } else {
      ctx.results().skip(GROUP, "createSession", "createSession answers its documented shape",
          "--instance-id given: the suite checks that instance and creates nothing here");
    }
    // Reads and settings first, then the lifecycle, delete last.
    List<SpecOperation> ops = new ArrayList<>(ctx.spec().operations());
    ops.sort(Comparator.comparingInt(ShapeChecks::order));
    JsonNode webhooks = null;
    String policy = null;
    for (SpecOperation op : ops) {
      if (op.operationId().equals("createSession")) {
        continue;
      }
      boolean destructive = op.changesLifecycle() || op.action().equals("settings");
      if (destructive && !own && !ctx.target().allowDestructive()) {
        ctx.results().skip(GROUP, op.operationId(), op.operationId() + " answers its documented shape",
            "changes an instance the suite did not create: needs --allow-destructive");
        continue;
      }
      var call = ctx.api().call(op.operationId()).instance(instance);
      if (op.operationId().equals("setRateLimit")) {
        call.json("{\"policy_slug\":\"" + (policy == null ? "standard_policy" : policy) + "\"}");
      } else if (op.operationId().equals("setWebhooks")) {
        call.json(webhooks != null && webhooks.isArray()
            ? "{\"webhooks\":" + webhooks + "}" : "{\"webhooks\":[]}");
      }
      Answer a = call.send();
      if (own && op.action().equals("delete") && a.status() == 200) {
        ctx.deleted(instance);
      }
      if (op.operationId().equals("getRateLimit") && a.status() == 200) {
        policy = a.text("current_policy");
      }
      if (op.operationId().equals("getWebhooks") && a.status() == 200) {
        webhooks = a.json().get("webhooks");
      }
      record(ctx, op, a);
    }
  }

  static void record(Context ctx, SpecOperation op, Answer a) {
    String name = op.label() + " answers its documented shape";
    String expected = "a documented status " + op.documentedStatuses() + " with the spec's content type, headers and schema";
    if (a.status() < 0) {
      ctx.results().fail(GROUP, op.operationId(), name, expected, a.exchange().body(), a.exchange());
    } else if (a.exchange().isServerError()) {
      ctx.results().fail(GROUP, op.operationId(), name, expected + ", never a 5xx for a valid request",
          "HTTP " + a.status(), a.exchange());
    } else if (!a.conforms()) {
      ctx.results().fail(GROUP, op.operationId(), name, expected, String.join("; ", a.exchange().contractErrors()), a.exchange());
    } else if (!a.exchange().contractWarnings().isEmpty()) {
      ctx.results().warn(GROUP, op.operationId(), name, expected + " (fields the schema names)",
          "extra fields: " + String.join("; ", a.exchange().contractWarnings()), a.exchange());
    } else {
      ctx.results().pass(GROUP, op.operationId(), name, expected, a.exchange());
    }
  }

  private static int order(SpecOperation op) {
    return switch (op.action()) {
      case "read" -> 0;
      case "settings" -> 1;
      case "delete" -> 3;
      default -> 2;
    };
  }
}
