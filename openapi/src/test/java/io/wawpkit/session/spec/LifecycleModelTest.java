package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spec's lifecycle model is complete, consistent with the schemas, and read as written. */
class LifecycleModelTest {
  final WawpSpec spec = EveryExampleValidatesTest.SPEC;
  final LifecycleModel model = spec.lifecycle();

  @Test
  void statusesAreTheStatusEnum() {
    assertThat(model.states())
        .containsExactlyElementsOf(spec.openApi().getComponents().getSchemas().get("SessionStatus").getEnum());
    assertThat(model.initial()).isEqualTo("STOPPED");
    assertThat(model.terminal()).isEqualTo("DELETED");
  }

  @Test
  void everyOperationNamesAKnownAction() {
    for (SpecOperation op : spec.operations()) {
      assertThat(Set.of("create", "read", "settings").contains(op.action()) || model.actions().contains(op.action()))
          .as(op.label() + " action " + op.action())
          .isTrue();
    }
    assertThat(model.actions()).containsExactlyInAnyOrder("start", "stop", "restart", "logout", "delete");
  }

  @Test
  void carriedFieldsAreSessionInfoProperties() {
    Set<String> props = spec.openApi().getComponents().getSchemas().get("SessionInfo").getProperties().keySet();
    assertThat(props).containsAll(model.carriedFields());
    assertThat(model.carries("SCAN_QR_CODE")).containsExactly("qr");
    assertThat(model.carries("WORKING")).containsExactly("me");
  }

  @Test
  void documentedTransitionsAreAsTheDocsSay() {
    assertThat(model.transition("start", "STOPPED")).contains(new Transition("STARTING", LoginEffect.KEEP));
    assertThat(model.transition("stop", "WORKING")).contains(new Transition("STOPPED", LoginEffect.KEEP));
    assertThat(model.transition("restart", "WORKING")).contains(new Transition("STARTING", LoginEffect.KEEP));
    assertThat(model.transition("logout", "WORKING")).contains(new Transition("SCAN_QR_CODE", LoginEffect.DROP));
    assertThat(model.transition("logout", "STOPPED")).contains(new Transition("STOPPED", LoginEffect.DROP));
    assertThat(model.transition("delete", "FAILED")).contains(new Transition("DELETED", LoginEffect.DROP));
  }

  @Test
  void bootGoesToTheQrWithoutALoginAndResumesWithOne() {
    assertThat(model.pendingMove("STARTING", false, Move.Trigger.TIMER).map(Move::to)).contains("SCAN_QR_CODE");
    assertThat(model.pendingMove("STARTING", true, Move.Trigger.TIMER).map(Move::to)).contains("WORKING");
    assertThat(model.pendingMove("SCAN_QR_CODE", false, Move.Trigger.PERSON).map(Move::login)).contains(LoginEffect.SAVE);
    assertThat(model.pendingMove("WORKING", true, Move.Trigger.TIMER)).isEmpty();
  }

  /** Docs: v1 create answers STARTING (it starts the session); v2 create leaving it STOPPED is a position. */
  @Test
  void eachCreateOperationStartsWhereTheModelSays() {
    assertThat(model.initialAfter("createSession")).isEqualTo("STOPPED");
    assertThat(model.initialAfter("createSessionV1")).isEqualTo("STARTING");
    assertThat(model.createOperationsWithOwnStatus()).containsExactly("createSessionV1");
    // a v1 session then moves on as after start
    assertThat(model.pendingMove("STARTING", false, Move.Trigger.TIMER).map(Move::to)).contains("SCAN_QR_CODE");
  }

  /** Docs: FAILED is "lost auth, device unlinked" yet "restart first": one service move keeps the login, one drops it. */
  @Test
  void aFailureMayKeepOrDropTheSavedLogin() {
    assertThat(model.pendingMoves("WORKING", true, Move.Trigger.SERVICE))
        .extracting(Move::name, Move::to, Move::login)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fail", "FAILED", LoginEffect.KEEP),
            org.assertj.core.groups.Tuple.tuple("unlink", "FAILED", LoginEffect.DROP));
    // the first service move (what a bare "fail" means) keeps it, as before
    assertThat(model.pendingMove("WORKING", true, Move.Trigger.SERVICE).map(Move::name)).contains("fail");
    assertThat(model.transition("restart", "FAILED")).contains(new Transition("STARTING", LoginEffect.KEEP));
  }

  /** Docs: "New statuses or fields may appear at any time": no query of the model throws on one. */
  @Test
  void aStatusOutsideTheFiveNeverCrashesTheModel() {
    for (String unknown : new String[] {"CONNECTED", "", "working", "DELETED"}) {
      assertThat(model.isKnownStatus(unknown)).as(unknown).isFalse();
      assertThat(model.carries(unknown)).isEmpty();
      assertThat(model.movesFrom(unknown)).isEmpty();
      assertThat(model.pendingMove(unknown, true, Move.Trigger.TIMER)).isEmpty();
      assertThat(model.pendingMoves(unknown, false, Move.Trigger.SERVICE)).isEmpty();
      for (String action : model.actions()) {
        assertThat(model.transition(action, unknown)).as(action + " from " + unknown).isEmpty();
      }
    }
    assertThat(model.isKnownStatus(null)).isFalse();
    assertThat(model.transition("start", null)).isEmpty();
    assertThat(model.carries(null)).isEmpty();
    assertThat(model.initialAfter("noSuchOperation")).isEqualTo(model.initial());
  }

  @Test
  void aCreateOperationWithAnUnknownStatusIsRefused() {
    Map<String, Object> raw = spec.lifecycleTree();
    @SuppressWarnings("unchecked")
    Map<String, Object> actions = new LinkedHashMap<>((Map<String, Object>) raw.get("actions"));
    actions.put("create", Map.of("to", "STOPPED", "operations", Map.of("createSessionV1", Map.of("to", "BOOTING"))));
    raw.put("actions", actions);
    assertThatThrownBy(() -> LifecycleModel.parse(raw))
        .hasMessageContaining(Extensions.LIFECYCLE + ".actions.create.operations.createSessionV1.to: unknown status 'BOOTING'");
  }

  @Test
  void anIncompleteModelIsRefusedWithThePlaceNamed() {
    Map<String, Object> raw = spec.lifecycleTree();
    @SuppressWarnings("unchecked")
    Map<String, Object> actions = new LinkedHashMap<>((Map<String, Object>) raw.get("actions"));
    actions.put("stop", Map.of("from", Map.of("WORKING", Map.of("to", "STOPPED"))));
    raw.put("actions", actions);
    assertThatThrownBy(() -> LifecycleModel.parse(raw))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(Extensions.LIFECYCLE + ".actions.stop does not say where it leads from");

    actions.put("stop", Map.of("from", Map.of("WORKING", Map.of("to", "PAUSED"))));
    assertThatThrownBy(() -> LifecycleModel.parse(raw)).hasMessageContaining("unknown status 'PAUSED'");
  }

  @Test
  void theClasspathCopyIsTheSpec() {
    assertThat(WawpSpec.load().text()).isEqualTo(spec.text());
  }
}
