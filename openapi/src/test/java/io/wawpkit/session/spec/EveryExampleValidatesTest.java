package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example in the spec, inline or in openapi/examples/, validates against its schema. */
class EveryExampleValidatesTest {
  static final Path SPEC_DIR = Path.of(System.getProperty("spec.dir", "."));
  static final WawpSpec SPEC = WawpSpec.load(SPEC_DIR.resolve("wawp-session.yaml"));
  final SpecExamples examples = new SpecExamples(SPEC, SPEC_DIR);

  @Test
  void everyExampleValidatesAgainstItsSchema() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (SpecExamples.Sample s : examples.all()) {
      if (s.schema() == null) {
        continue;
      }
      checked++;
      ValidationReport report = examples.validate(s);
      if (report.hasErrors()) {
        failures.add(s.where() + ": " + report.getMessages());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyDocumentedBodyIsAnExampleOfItsOperation() throws IOException {
    Set<String> used = new TreeSet<>();
    for (SpecExamples.Sample s : examples.all()) {
      if (s.file() != null) {
        used.add(Path.of(s.file().replaceAll("#.*", "")).getFileName().toString());
      }
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(SPEC_DIR.resolve("examples"))) {
      list.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.add(p.getFileName().toString()));
    }
    assertThat(files).hasSize(7);
    assertThat(used).containsExactlyElementsOf(files);
  }

  @Test
  void anInlineValueTiedToAFileEqualsTheFile() {
    List<SpecExamples.Sample> all = examples.all();
    for (int i = 0; i < all.size(); i++) {
      SpecExamples.Sample s = all.get(i);
      if (s.schema() == null) {
        SpecExamples.Sample inline = all.get(i - 1);
        String pointer = s.file().substring(s.file().indexOf('#') + 1);
        JsonNode inlinePart = pointer.isEmpty() ? inline.value() : inline.value().at(pointer);
        assertThat(inlinePart).as(inline.where()).isEqualTo(s.value());
      }
    }
  }
}
