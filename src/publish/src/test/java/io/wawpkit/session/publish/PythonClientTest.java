package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated Python client with the machine's python3 (no package index is reachable). */
class PythonClientTest {
  private static final Path CLIENT = Published.DIR.resolve("clients/python");
  private static final String SCHEMA_REF = "#/components/schemas/";

  @BeforeAll
  static void pythonHasWhatTheClientNeeds() {
    Published.Run run = Published.run(CLIENT, List.of("python3", "-c",
        "import pydantic, dateutil, urllib3, typing_extensions; assert pydantic.VERSION.startswith('2'), pydantic.VERSION"), 60);
    assertThat(run.exit())
        .as("python3 with pydantic 2, python-dateutil, urllib3 and typing-extensions is needed "
            + "(no package index is reachable here; install them from the OS): " + run.output())
        .isZero();
  }

  @Test
  void byteCompiles() {
    // The bytecode goes to target/, not into the published folder.
    Published.Run run = Published.run(CLIENT, List.of("python3", "-m", "compileall", "-q", "wawp_session"),
        Map.of("PYTHONPYCACHEPREFIX", Published.WORK.resolve("pycache").toAbsolutePath().toString()), 120);
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(CLIENT.resolve("wawp_session/__pycache__")).doesNotExist();
  }

  @Test
  void modelsDecodeEveryExampleBodyOfTheSpec() throws IOException {
    ArrayNode examples = new ObjectMapper().createArrayNode();
    collect(Published.bundle(), "", examples);
    assertThat(examples.size()).as("example bodies in the spec").isGreaterThan(30);
    assertTolerantShapesAreAmongThem(examples);

    Path file = Published.WORK.resolve("examples.json");
    Files.createDirectories(Published.WORK);
    Files.writeString(file, examples.toString());
    Path script = Path.of("src/test/python/decode_examples.py").toAbsolutePath();
    Published.Run run = Published.run(CLIENT, List.of("python3", script.toString(), ".", file.toAbsolutePath().toString()),
        Map.of("PYTHONPYCACHEPREFIX", Published.WORK.resolve("pycache").toAbsolutePath().toString()), 120);
    assertThat(run.exit()).as(run.output()).isZero();
    // every example decodes but the generator's documented limitations (listed in the script)
    assertThat(run.output()).containsPattern("decoded \\d+ of " + examples.size() + " \\(\\d+ known limitation");
  }

  /** Every media type with a named schema and examples: the body of each example. */
  private static void collect(JsonNode node, String where, ArrayNode out) {
    if (node.isObject()) {
      String ref = node.path("schema").path("$ref").asText("");
      if (ref.startsWith(SCHEMA_REF) && node.has("examples")) {
        node.get("examples").properties().forEach(e -> {
          if (e.getValue().has("value")) {
            out.addObject().put("where", where + "/examples/" + e.getKey())
                .put("schema", ref.substring(SCHEMA_REF.length()))
                .set("body", e.getValue().get("value"));
          }
        });
      }
      node.properties().forEach(e -> collect(e.getValue(), where + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), where + "/" + i, out);
      }
    }
  }

  private static void assertTolerantShapesAreAmongThem(ArrayNode examples) {
    List<JsonNode> bodies = examples.findValues("body");
    assertThat(bodies).as("engine as []").anyMatch(b -> b.path("engine").isArray());
    assertThat(bodies).as("engine as an object").anyMatch(b -> b.path("engine").isObject());
    assertThat(bodies).as("engine as a string").anyMatch(b -> b.path("engine").isTextual());
    assertThat(bodies).as("config.webhooks as {}").anyMatch(b -> b.at("/config/webhooks").isObject());
    assertThat(bodies).as("config.webhooks as an array").anyMatch(b -> b.at("/config/webhooks").isArray());
  }
}
