package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server errors under repetition: the cheap reads (pure reads the spec marks safe to repeat) sent a
 * few times over, interleaved, so that an API that fails now and then (every few requests) shows it
 * in every run, not by the luck of ordering. A handful of requests, never load. A 5xx anywhere else
 * in the run fails too (the engine judges every answer); this group makes sure there are enough
 * chances to see one.
 */
public final class RepeatedReadChecks implements CheckGroup {
  static final String GROUP = "repetition";
  /** How many times each cheap read is sent. */
  static final int ROUNDS = 2;

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    SpecOperation create = ctx.createOperation();
    Answer[] created = new Answer[1];
    String id = ctx.createSession(created).orElse(null);
    if (id == null) {
      ctx.results().depart(ctx.operationMark(create.operationId()), GROUP, create.operationId(), "a session to read again and again",
          "create answers 200 with the new instance", "HTTP " + created[0].status(), created[0].exchange());
      return;
    }
    List<SpecOperation> reads = cheapReads(ctx);
    Map<SpecOperation, List<Answer>> answers = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (SpecOperation op : reads) {
        answers.computeIfAbsent(op, k -> new ArrayList<>()).add(ctx.api().call(op.operationId()).instance(id).send());
      }
    }
    int total = ROUNDS * reads.size();
    answers.forEach((op, all) -> {
      List<String> bad = new ArrayList<>();
      Answer shown = all.get(all.size() - 1);
      for (int i = all.size() - 1; i >= 0; i--) {
        Answer a = all.get(i);
        if (a.status() < 0 || a.exchange().isServerError()) {
          bad.add(0, "read " + (i + 1) + ": " + (a.status() < 0 ? a.exchange().body() : "HTTP " + a.status()));
          shown = a;
        }
      }
      ctx.results().check(bad.isEmpty(), ctx.operationMark(op.operationId()), GROUP, op.operationId(),
          op.label() + " answers every one of " + all.size() + " repeated reads, never with a 5xx",
          "a documented answer below 500 every time (" + total + " reads of " + reads.size() + " cheap operations, interleaved)",
          bad.isEmpty() ? "as expected" : String.join("; ", bad), shown.exchange());
    });
  }

  /** The pure reads of an instance that the spec marks safe to repeat, in the spec's order. */
  static List<SpecOperation> cheapReads(Context ctx) {
    return ctx.operations().stream()
        .filter(o -> o.needsInstance() && SpecOperation.READ.equals(o.action()) && o.safeToRepeat())
        .toList();
  }
}
