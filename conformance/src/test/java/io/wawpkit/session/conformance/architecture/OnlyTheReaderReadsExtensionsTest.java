package io.wawpkit.session.conformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The project's vendor extensions are read by the spec module's reader alone: no main class of the
 * client, the mock or the suite takes them raw from the parsed model (its {@code getExtensions}
 * accessors, called or referenced); each asks the reader for what an extension means (WawpSpec,
 * SpecOperation, LifecycleModel, EvidenceMarks).
 */
class OnlyTheReaderReadsExtensionsTest {
  static final ArchRule ONLY_THE_READER_READS_EXTENSIONS = noClasses().that().resideOutsideOfPackage(HousePlan.SPEC)
      .should().accessTargetWhere(DescribedPredicate.describe("the extensions of the parsed OpenAPI model",
          (JavaAccess<?> access) -> access.getTarget().getName().equals("getExtensions")
              && access.getTargetOwner().getPackageName().startsWith("io.swagger.v3.oas.models")))
      .because("the spec module's typed reader gives every extension's meaning; a raw read restates it");

  @Test
  void noMainClassOutsideTheReaderReadsAnExtensionRaw() {
    ONLY_THE_READER_READS_EXTENSIONS.check(ArchitectureTest.MAIN);
  }

  @Test
  void aClassThatReadsAnExtensionRawBreaksTheRule() {
    EvaluationResult result = ONLY_THE_READER_READS_EXTENSIONS.evaluate(
        new ClassFileImporter().importClasses(ReadsAnExtensionRaw.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("getExtensions");
  }

  /** What the rule forbids (a method reference is an access too). */
  static final class ReadsAnExtensionRaw {
    Object event(Schema<?> schema) {
      Function<Schema<?>, Map<String, Object>> extensions = Schema::getExtensions;
      return extensions.apply(schema).get("x-anything");
    }
  }
}
