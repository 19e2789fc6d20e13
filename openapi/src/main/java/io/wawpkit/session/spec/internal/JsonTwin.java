package io.wawpkit.session.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the spec's JSON twin at build time (the spec module's process-classes phase): the same
 * tree as the YAML, read as the parser reads YAML, in JSON, which the parser and Jackson read in
 * about half the time. {@code WawpSpec.load()} parses the twin and keeps the YAML as the spec's
 * text; a test checks that both give the same model. Internal: no compatibility promise.
 */
public final class JsonTwin {
  /** Beside the YAML on the classpath. */
  public static final String RESOURCE = "wawp/openapi/wawp-session.json";

  private JsonTwin() {}

  /** The JSON text of a YAML (or JSON) document, one line. */
  public static String of(String yamlOrJson) throws IOException {
    JsonNode tree = (yamlOrJson.stripLeading().startsWith("{") ? Json.mapper() : Yaml.mapper()).readTree(yamlOrJson);
    return Json.mapper().writeValueAsString(tree);
  }

  /** {@code JsonTwin <spec.yaml> <out.json>}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, of(Files.readString(Path.of(args[0]))));
  }
}
