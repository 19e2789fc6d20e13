package io.wawpkit.session.conformance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house plan holds over every module's main classes (this module's test classpath has them
 * all), and each rule fails on a class that breaks it.
 */
class ArchitectureTest {
  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // Not the third-party code the spec and mock jars carry relocated (the parser, the validator,
      // Undertow...): the plan is about this project's classes.
      .withImportOption(location -> !location.contains("/internal/shaded/"))
      .importPackages("io.wawpkit.session");

  static java.util.stream.Stream<ArchRule> rules() {
    return HousePlan.ALL.stream();
  }

  @Test
  void everyModuleIsImported() {
    for (String pkg : new String[] {"spec", "generated", "common", "client", "mock", "conformance"}) {
      assertThat(MAIN.stream().anyMatch(c -> c.getPackageName().startsWith("io.wawpkit.session." + pkg)))
          .as("main classes of " + pkg + " on the classpath").isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void theHousePlanHolds(ArchRule rule) {
    rule.check(MAIN);
  }

  @Test
  void aSuiteClassThatReachesIntoTheMockBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(SuiteReachingIntoTheMock.class);
    EvaluationResult result = HousePlan.SUITE_REACHES_THE_MOCK_ONLY_THROUGH_ITS_ENTRY_POINTS.evaluate(wrong);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("SessionStore").contains("ControlHandler");
  }

  @Test
  void aClassOutsideTheMockThatUsesItsInternalsBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(SuiteReachingIntoTheMock.class);
    EvaluationResult result = HousePlan.NOTHING_OUTSIDE_THE_MOCK_USES_ITS_INTERNALS.evaluate(wrong);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("SessionStore").contains("ControlHandler");
  }

  @Test
  void aMockClassThatUsesTheClientBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(io.wawpkit.session.mock.archfixture.MockUsingTheClient.class);
    assertThat(HousePlan.MOCK_NEVER_USES_THE_CLIENT.evaluate(wrong).hasViolation()).isTrue();
  }

  @Test
  void aSuiteClassThatUsesTheClientsInternalsBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(SuiteUsingTheClientsInternals.class);
    EvaluationResult result = HousePlan.NOTHING_OUTSIDE_THE_CLIENT_USES_ITS_INTERNALS.evaluate(wrong);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("WawpJson");
  }

  @Test
  void aCommonClassThatUsesTheSpecBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(io.wawpkit.session.common.archfixture.CommonReadingTheSpec.class);
    assertThat(HousePlan.COMMON_USES_NOTHING_OF_THE_TOOLKIT.evaluate(wrong).hasViolation()).isTrue();
  }

  @Test
  void aClientClassThatUsesTheMockBreaksThePlan() {
    JavaClasses wrong = new ClassFileImporter().importClasses(io.wawpkit.session.client.archfixture.ClientUsingTheMock.class);
    assertThat(HousePlan.CLIENT_NEVER_USES_THE_MOCK_OR_THE_SUITE.evaluate(wrong).hasViolation()).isTrue();
  }
}
