package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.wawpkit.session.spec.internal.JsonTwin;
import org.junit.jupiter.api.Test;

/** The shipped spec is parsed from its JSON twin (start-up time): it must be the YAML's model. */
class JsonTwinTest {
  @Test
  void theBuildWroteTheTwinBesideTheYaml() {
    assertThat(WawpSpec.class.getClassLoader().getResource(JsonTwin.RESOURCE)).isNotNull();
  }

  @Test
  void theTwinGivesTheYamlsModelAndEvidence() throws Exception {
    WawpSpec fromTwin = WawpSpec.load();
    WawpSpec fromYaml = WawpSpec.parse(fromTwin.text());
    assertThat(fromTwin.text()).startsWith("openapi:");
    assertThat(Json.pretty(fromTwin.openApi())).isEqualTo(Json.pretty(fromYaml.openApi()));
    assertThat(fromTwin.evidence().tree()).isEqualTo(fromYaml.evidence().tree());
    assertThat(fromTwin.lifecycleTree()).isEqualTo(fromYaml.lifecycleTree());
    assertThat(JsonTwin.of(fromTwin.text())).isEqualTo(JsonTwin.of(JsonTwin.of(fromTwin.text())));
  }
}
