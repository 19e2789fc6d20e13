package io.wawpkit.session.spec;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects every example the spec carries (inline values and example files) with its schema. */
final class SpecExamples {
  static final ObjectMapper JSON = new ObjectMapper();

  record Sample(String where, Schema<?> schema, JsonNode value, String file) {}

  private final WawpSpec spec;
  private final Path specDir;
  private final SchemaValidator validator;

  /** Strict: a field the schema does not name is an error (catches typos in examples). */
  SpecExamples(WawpSpec spec, Path specDir) {
    this(spec, specDir, false);
  }

  /**
   * @param extraFieldsAllowed true for the spec's own semantics (unnamed fields are allowed), false
   *     for the validator's default, which flags them
   */
  SpecExamples(WawpSpec spec, Path specDir, boolean extraFieldsAllowed) {
    this.spec = spec;
    this.specDir = specDir;
    LevelResolver.Builder levels = LevelResolver.create();
    if (extraFieldsAllowed) {
      levels.withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE);
    }
    this.validator = new SchemaValidator(spec.openApi(), new MessageResolver(levels.build()));
  }

  List<Sample> all() {
    List<Sample> out = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      Operation o = op.operation();
      if (o.getRequestBody() != null) {
        collect(op.label() + " request", o.getRequestBody().getContent(), out);
      }
      for (Map.Entry<String, ApiResponse> r : o.getResponses().entrySet()) {
        collect(op.label() + " " + r.getKey(), spec.resolve(r.getValue()).getContent(), out);
      }
      if (o.getCallbacks() != null) {
        for (Map.Entry<String, Callback> cb : o.getCallbacks().entrySet()) {
          for (PathItem item : cb.getValue().values()) {
            for (Operation co : item.readOperations()) {
              collect(op.label() + " callback " + cb.getKey(), co.getRequestBody().getContent(), out);
            }
          }
        }
      }
    }
    return out;
  }

  ValidationReport validate(Sample s) {
    return validator.validate(() -> s.value(), s.schema(), null);
  }

  ValidationReport validate(JsonNode value, Schema<?> schema) {
    return validator.validate(() -> value, schema, null);
  }

  private void collect(String where, io.swagger.v3.oas.models.media.Content content, List<Sample> out) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> mt : content.entrySet()) {
      Schema<?> schema = mt.getValue().getSchema();
      if (mt.getValue().getExample() != null) {
        out.add(new Sample(where, schema, JSON.valueToTree(mt.getValue().getExample()), null));
      }
      Map<String, Example> examples = mt.getValue().getExamples();
      if (examples == null) {
        continue;
      }
      for (Map.Entry<String, Example> e : examples.entrySet()) {
        Example ex = e.getValue();
        String name = where + " example '" + e.getKey() + "'";
        if (ex.getExternalValue() != null) {
          out.add(new Sample(name, schema, readFile(ex.getExternalValue()), ex.getExternalValue()));
        } else {
          out.add(new Sample(name, schema, JSON.valueToTree(ex.getValue()), null));
        }
        WawpSpec.valueFile(ex).ifPresent(f -> out.add(new Sample(name + " (its file)", null,
            readFile("examples/" + f.file()), "examples/" + f.file() + "#" + f.pointer())));
      }
    }
  }

  JsonNode readFile(String relative) {
    try {
      return JSON.readTree(Files.readString(specDir.resolve(relative)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example " + relative, e);
    }
  }
}
