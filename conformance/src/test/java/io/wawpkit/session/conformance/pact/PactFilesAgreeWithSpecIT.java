package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The pact files the consumer tests wrote (surefire) agree with the spec, and describe every
 * operation. Runs in failsafe, after the files exist.
 */
class PactFilesAgreeWithSpecIT {
  private final PactSpecCheck check = new PactSpecCheck(PactContract.SPEC);

  @Test
  void everyInteractionIsADocumentedOperationWithASpecShapedAnswer() {
    List<String> problems = new ArrayList<>();
    for (JsonNode interaction : PactFiles.interactions()) {
      problems.addAll(check.problems(interaction));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperationOfTheSpecHasAnInteraction() {
    Set<String> covered = PactFiles.interactions().stream()
        .map(check::operation)
        .flatMap(java.util.Optional::stream)
        .map(SpecOperation::operationId)
        .collect(Collectors.toCollection(TreeSet::new));
    // The pacts' provider is the v2 base (the mock's and the live one): v1's own create
    // (createSessionV1, v1 only) is held by the client's and the suite's v1 tests instead.
    Set<String> documented = PactContract.SPEC.operations().stream()
        .filter(op -> op.apiVersions().contains("v2"))
        .map(SpecOperation::operationId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).isNotEmpty();
    assertThat(covered).containsExactlyElementsOf(documented);
  }

  @Test
  void thePactsAreV4() {
    for (var file : PactFiles.written()) {
      assertThat(PactFiles.json(PactFiles.text(file)).at("/metadata/pactSpecification/version").asText())
          .as(file.toString()).startsWith("4.");
    }
  }
}
