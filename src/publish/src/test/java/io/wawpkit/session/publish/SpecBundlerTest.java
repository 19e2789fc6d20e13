package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBundlerTest {

  @Test
  void theBundleInlinesEveryExternalExampleAndChangesNothingElse() {
    JsonNode source = SpecBundler.read(Published.SPEC);
    JsonNode bundle = Published.bundle();
    List<String> externals = new ArrayList<>();
    collectExternals(source, "", externals);
    assertThat(externals).as("the spec uses externalValue examples").isNotEmpty();

    assertThat(Published.read(Published.BUNDLE)).doesNotContain("externalValue");
    for (String pointer : externals) {
      String file = source.at(pointer + "/externalValue").asText();
      JsonNode expected = SpecBundler.read(Published.SPEC.getParent().resolve(file));
      assertThat(bundle.at(pointer + "/value")).as(pointer).isEqualTo(expected);
      // Only that key changed in the example.
      assertThat(bundle.at(pointer).get("summary")).isEqualTo(source.at(pointer).get("summary"));
    }
    assertThat(bundle.path("paths")).hasSameSizeAs(source.path("paths"));
    // the lifecycle model, as the reader reads it from each
    assertThat(WawpSpec.parse(Published.read(Published.BUNDLE)).lifecycleTree())
        .isEqualTo(WawpSpec.load(Published.SPEC).lifecycleTree());
    assertThat(bundle.path("components").path("schemas")).isEqualTo(source.path("components").path("schemas"));
  }

  @Test
  void yamlAndJsonAreTheSameDocumentAndCarryTheSpecVersion() {
    JsonNode yaml = Published.bundle();
    JsonNode json = SpecBundler.read(Published.DIR.resolve(SpecBundler.JSON_NAME));
    assertThat(json).isEqualTo(yaml);
    assertThat(yaml.at("/info/version").asText()).isEqualTo(WawpSpec.load(Published.SPEC).version());
    // A digit-only id and a timestamp stay strings for YAML 1.1 readers too.
    assertThat(Published.read(Published.BUNDLE)).contains("instance_id: \"123456789\"")
        .contains("expires_at: \"2026-11-23T18:30:00Z\"");
  }

  @Test
  void theBundleIsAValidSpecOnItsOwn(@TempDir Path elsewhere) throws IOException {
    Path copy = Files.copy(Published.BUNDLE, elsewhere.resolve("alone.yaml"));
    WawpSpec spec = WawpSpec.load(copy);
    assertThat(ids(spec)).isNotEmpty().isEqualTo(ids(WawpSpec.load(Published.SPEC)));
    assertThat(spec.lifecycle().states()).contains("WORKING");
  }

  @Test
  void aMissingExampleFileFailsTheBundle(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, SpecBundler.toYaml(SpecBundler.YAML.valueToTree(Map.of(
        "openapi", "3.0.3",
        "x-example", Map.of("externalValue", "examples/missing.json")))));
    assertThatThrownBy(() -> SpecBundler.bundle(spec))
        .hasMessageContaining("examples/missing.json");
  }

  private static void collectExternals(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      if (node.has("externalValue")) {
        out.add(pointer);
      }
      node.properties().forEach(e -> collectExternals(e.getValue(), pointer + "/" + escape(e.getKey()), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectExternals(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> ids(WawpSpec spec) {
    return spec.operations().stream().map(SpecOperation::operationId).toList();
  }
}
