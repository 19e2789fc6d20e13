package io.wawpkit.session.conformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The project's vendor extensions are read by the spec module's reader alone: no main class of the
 * client, the mock or the suite takes them raw from the parsed model ({@code getExtensions()}); each
 * asks the reader for what an extension means (WawpSpec, SpecOperation, LifecycleModel,
 * EvidenceMarks).
 */
class OnlyTheReaderReadsExtensionsTest {
  static final ArchRule ONLY_THE_READER_READS_EXTENSIONS = noClasses().that().resideOutsideOfPackage(HousePlan.SPEC)
      .should().callMethodWhere(DescribedPredicate.describe("getExtensions() of the parsed OpenAPI model",
          (JavaMethodCall call) -> call.getTarget().getName().equals("getExtensions")
              && call.getTargetOwner().getPackageName().startsWith("io.swagger.v3.oas.models")))
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

  /** What the rule forbids. */
  static final class ReadsAnExtensionRaw {
    Object event(Schema<?> schema) {
      return schema.getExtensions().get("x-anything");
    }
  }
}
