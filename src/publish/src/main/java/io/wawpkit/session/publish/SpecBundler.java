package io.wawpkit.session.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import org.yaml.snakeyaml.DumperOptions;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns the spec into one self-contained document: every example's {@code externalValue} (a file
 * beside the spec) becomes an inline {@code value}, so that consumers need no other file. The
 * rest of the document is kept as written, in its order.
 */
public final class SpecBundler {
  public static final String YAML_NAME = "wawp-session.yaml";
  public static final String JSON_NAME = "wawp-session.json";

  static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .dumperOptions(dumperOptions())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      // Every one-line string stays quoted: plain scalars such as 2026-11-23T18:30:00Z or
      // 123456789 would read back as timestamps or numbers in YAML 1.1 parsers (PyYAML).
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .build());
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SpecBundler() {}

  private static DumperOptions dumperOptions() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false); // long descriptions stay on one line instead of "\"-folded
    return options;
  }

  /** The spec file's tree with every {@code externalValue} inlined. */
  public static JsonNode bundle(Path specFile) {
    JsonNode tree = read(specFile);
    inline(tree, specFile.toAbsolutePath().getParent());
    return tree;
  }

  /** Writes the bundle as {@value #YAML_NAME} and {@value #JSON_NAME} into a folder. */
  public static void write(JsonNode bundle, Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(YAML_NAME), YAML.writeValueAsString(bundle));
      Files.writeString(folder.resolve(JSON_NAME), JSON.writeValueAsString(bundle) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bundle to " + folder, e);
    }
  }

  /** Parses a YAML (or JSON) document into a tree. */
  public static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses YAML (or JSON) text into a tree. */
  public static JsonNode parse(String text) {
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage(), e);
    }
  }

  /** Serialises a tree as YAML text, as the bundle is written. */
  public static String toYaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void inline(JsonNode node, Path base) {
    if (node instanceof ObjectNode object) {
      JsonNode external = object.get("externalValue");
      if (external != null && external.isTextual()) {
        // Keep the key where externalValue stood, so the bundle reads like the source.
        JsonNode value = read(resolve(base, external.asText()));
        ObjectNode replaced = object.objectNode();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
          replaced.set(field.getKey().equals("externalValue") ? "value" : field.getKey(),
              field.getKey().equals("externalValue") ? value : field.getValue());
        }
        object.removeAll();
        object.setAll(replaced);
      }
      object.forEach(child -> inline(child, base));
    } else if (node.isArray()) {
      node.forEach(child -> inline(child, base));
    }
  }

  private static Path resolve(Path base, String relative) {
    Path file = base.resolve(relative).normalize();
    if (!file.startsWith(base) || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "externalValue '" + relative + "' is not a file beside the spec (" + base + ")");
    }
    return file;
  }

  /** {@code SpecBundler <spec.yaml> <output folder>}: the build's bundle step. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SpecBundler <spec.yaml> <output folder>");
    }
    JsonNode bundle = bundle(Path.of(args[0]));
    write(bundle, Path.of(args[1]));
    System.out.println("[publish] bundled " + args[0] + " (version "
        + bundle.path("info").path("version").asText() + ") into " + args[1]);
  }
}
