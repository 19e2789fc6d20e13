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

  @Test
  void anIncompleteModelIsRefusedWithThePlaceNamed() {
    @SuppressWarnings("unchecked")
    Map<String, Object> raw = new LinkedHashMap<>((Map<String, Object>) spec.openApi().getExtensions().get("x-wawp-lifecycle"));
    @SuppressWarnings("unchecked")
    Map<String, Object> actions = new LinkedHashMap<>((Map<String, Object>) raw.get("actions"));
    actions.put("stop", Map.of("from", Map.of("WORKING", Map.of("to", "STOPPED"))));
    raw.put("actions", actions);
    assertThatThrownBy(() -> LifecycleModel.parse(raw))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("x-wawp-lifecycle.actions.stop does not say where it leads from");

    actions.put("stop", Map.of("from", Map.of("WORKING", Map.of("to", "PAUSED"))));
    assertThatThrownBy(() -> LifecycleModel.parse(raw)).hasMessageContaining("unknown status 'PAUSED'");
  }

  @Test
  void theClasspathCopyIsTheSpec() {
    assertThat(WawpSpec.load().text()).isEqualTo(spec.text());
  }
}
