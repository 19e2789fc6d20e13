package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every operation of the spec, called once with valid credentials: the answer's status is one the
 * spec documents, its content type and required headers are right, and its body validates against
 * the schema (fields the schema does not name are warnings). Assumes nothing about state or
 * credential checking, so a stateless mock passes it too.
 *
 * <p>On an instance the suite did not create (--instance-id) it changes nothing without
 * --allow-destructive; with it, it writes each setting back as it read it and, whatever happens in
 * between, restores what it read, and it never deletes that instance (delete is checked on a
 * session of the suite's own: a deletion cannot be undone).
 */
public final class ShapeChecks implements CheckGroup {
  static final String GROUP = "shape";

  /**
   * A setting the suite writes back as it read it. On a session of the suite's own where the read
   * gave nothing, the write sends the spec's request example instead (a valid body that changes the
   * least).
   *
   * @param read the operation that reads it
   * @param write the operation that writes it
   * @param value the setting in a read's answer, or null when the answer does not carry it
   * @param body the write's body for a value
   * @param notRestorable why a value read from an instance the suite did not create cannot be
   *     written back exactly (null when it can)
   */
  private record Setting(String read, String write, Function<Answer, JsonNode> value, Function<JsonNode, String> body,
      Function<JsonNode, String> notRestorable) {}

  private static final List<Setting> SETTINGS = List.of(
      new Setting("getRateLimit", "setRateLimit", a -> text(a.json().get("current_policy")),
          v -> "{\"policy_slug\":" + v + "}", v -> null),
      new Setting("getWebhooks", "setWebhooks", a -> array(a.json().get("webhooks")),
          v -> "{\"webhooks\":" + v + "}",
          // A service may mask secrets in what it reads out: writing such a list back would replace
          // the owner's real keys with the mask.
          v -> carriesSecrets(v)
              ? "its webhooks carry HMAC keys or custom header values, which a read may not return exactly "
                  + "(a service may mask them): writing the list back could change them"
              : null));

  /** Whether a webhook list holds secrets a read may mask: an HMAC key or a custom header value. */
  private static boolean carriesSecrets(JsonNode webhooks) {
    boolean keys = webhooks.findValues("key").stream().anyMatch(k -> k.isTextual() && !k.asText().isEmpty());
    boolean headers = webhooks.findValues("customHeaders").stream()
        .anyMatch(list -> list.findValues("value").stream().anyMatch(v -> v.isTextual() && !v.asText().isEmpty()));
    return keys || headers;
  }

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
      record(ctx, ctx.createOperation(), created[0]);
      own = instance != null;
      if (instance == null) {
        // Without an instance every other call would test only "unknown instance" answers.
        ctx.operations().stream().filter(SpecOperation::needsInstance).forEach(op ->
            ctx.results().skip(ctx.operationMark(op.operationId()), GROUP, op.operationId(), op.label() + " answers its documented shape",
                "create gave no instance to call it on (see " + ctx.createOperation().operationId() + "); give --instance-id"));
        return;
      }
    } else {
      ctx.results().skip(ctx.operationMark(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(), ctx.createOperation().operationId() + " answers its documented shape",
          "--instance-id given: the suite checks that instance and creates nothing here");
    }
    // Reads and settings first, then the lifecycle, delete last.
    List<SpecOperation> ops = new ArrayList<>(ctx.operations());
    ops.sort(Comparator.comparingInt(op -> order(ctx, op)));
    Map<String, Answer> reads = new HashMap<>();
    for (SpecOperation op : ops) {
      if (!op.needsInstance()) { // create was checked above
        continue;
      }
      boolean deletes = ctx.model().deletes(op.action());
      if (deletes && !own) {
        deleteOwn(ctx, op);
        continue;
      }
      boolean destructive = op.changesLifecycle() || op.action().equals(SpecOperation.SETTINGS);
      if (destructive && !own && !ctx.target().allowDestructive()) {
        ctx.results().skip(ctx.operationMark(op.operationId()), GROUP, op.operationId(), op.label() + " answers its documented shape",
            "changes an instance the suite did not create: needs --allow-destructive");
        continue;
      }
      Setting setting = SETTINGS.stream().filter(s -> s.write().equals(op.operationId())).findFirst().orElse(null);
      if (setting != null) {
        writeBack(ctx, op, setting, instance, own, reads.get(setting.read()));
        continue;
      }
      Answer a = ctx.api().call(op.operationId()).instance(instance).send();
      if (own && deletes && a.status() == 200) {
        ctx.deleted(instance);
      }
      reads.put(op.operationId(), a);
      record(ctx, op, a);
    }
  }

  /**
   * Writes a setting back as it was read. On an instance the suite did not create, only when the
   * read worked (a guess would overwrite the owner's value), and the read value is restored in any
   * case, even when the write or its check went wrong.
   */
  private static void writeBack(Context ctx, SpecOperation op, Setting setting, String instance, boolean own, Answer read) {
    JsonNode before = read != null && read.status() == 200 ? setting.value().apply(read) : null;
    if (before == null && !own) {
      ctx.results().skip(ctx.operationMark(op.operationId()), GROUP, op.operationId(), op.label() + " answers its documented shape",
          "reading the current value of an instance the suite did not create failed (" + setting.read()
              + (read == null ? " not sent" : " answered HTTP " + read.status()) + "): nothing is written over it");
      return;
    }
    String notRestorable = before == null || own ? null : setting.notRestorable().apply(before);
    if (notRestorable != null) {
      ctx.results().skip(ctx.operationMark(op.operationId()), GROUP, op.operationId(), op.label() + " answers its documented shape",
          "not written on an instance the suite did not create: " + notRestorable);
      return;
    }
    try {
      var call = ctx.api().call(op.operationId()).instance(instance);
      Answer a = (before == null ? call.exampleParams() : call.params(setting.body().apply(before))).send();
      record(ctx, op, a);
    } finally {
      if (!own) {
        restore(ctx, op, setting, instance, before);
      }
    }
  }

  /** Reads the setting again and, if it is not what it was, writes the old value back; a check says whether it is. */
  private static void restore(Context ctx, SpecOperation op, Setting setting, String instance, JsonNode before) {
    Answer now = ctx.api().call(setting.read()).instance(instance).send();
    JsonNode after = now.status() == 200 ? setting.value().apply(now) : null;
    String what = "restored";
    if (!before.equals(after)) {
      ctx.api().call(op.operationId()).instance(instance).params(setting.body().apply(before)).send();
      now = ctx.api().call(setting.read()).instance(instance).send();
      after = now.status() == 200 ? setting.value().apply(now) : null;
      what = "written back";
    }
    ctx.results().check(before.equals(after), ctx.rule("writes-show-in-reads"), GROUP, setting.write(),
        "the instance the suite did not create keeps its setting (" + setting.read() + ")",
        "as read before the suite's write: " + before, "HTTP " + now.status() + ", " + Objects.toString(after)
            + (what.equals("restored") ? "" : " (" + what + " after it had changed)"), now.exchange());
  }

  /** Checks delete's shape on a session of the suite's own: a deletion of someone else's instance cannot be undone. */
  private static void deleteOwn(Context ctx, SpecOperation op) {
    String own = ctx.createSession(null).orElse(null);
    if (own == null) {
      ctx.results().skip(ctx.operationMark(op.operationId()), GROUP, op.operationId(), op.label() + " answers its documented shape",
          "never sent to an instance the suite did not create, and create gave no session of its own");
      return;
    }
    Answer a = ctx.api().call(op.operationId()).instance(own).send();
    if (a.status() == 200) {
      ctx.deleted(own);
    }
    record(ctx, op, a);
  }

  private static JsonNode text(JsonNode v) {
    return v != null && v.isTextual() ? v : null;
  }

  private static JsonNode array(JsonNode v) {
    return v != null && v.isArray() ? v : null;
  }

  static void record(Context ctx, SpecOperation op, Answer a) {
    String name = op.label() + " answers its documented shape";
    String expected = "a documented status " + op.documentedStatuses() + " with the spec's content type, headers and schema";
    Evidence served = ctx.operationMark(op.operationId());
    if (a.status() < 0) {
      ctx.results().depart(served, GROUP, op.operationId(), name, expected, a.exchange().body(), a.exchange());
    } else if (a.exchange().isServerError()) {
      ctx.results().depart(served, GROUP, op.operationId(), name, expected + ", never a 5xx for a valid request",
          "HTTP " + a.status(), a.exchange());
    } else if (!a.conforms()) {
      ctx.results().depart(a.exchange().contractGrounds(), GROUP, op.operationId(), name, expected,
          String.join("; ", a.exchange().contractErrors()), a.exchange());
    } else if (!a.exchange().contractWarnings().isEmpty()) {
      ctx.results().depart(ctx.rule("new-fields-may-appear"), GROUP, op.operationId(), name, expected + " (fields the schema names)",
          "extra fields: " + String.join("; ", a.exchange().contractWarnings()), a.exchange());
    } else {
      ctx.results().pass(served, GROUP, op.operationId(), name, expected, a.exchange());
    }
  }

  /** Reads first, then settings, then the lifecycle, and the action that deletes the session last. */
  private static int order(Context ctx, SpecOperation op) {
    if (ctx.model().deletes(op.action())) {
      return 3;
    }
    return switch (op.action()) {
      case SpecOperation.READ -> 0;
      case SpecOperation.SETTINGS -> 1;
      default -> 2;
    };
  }
}
