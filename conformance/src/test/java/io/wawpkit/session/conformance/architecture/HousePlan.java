package io.wawpkit.session.conformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The house plan's arrows, as ArchUnit rules: spec ← generated ← client; spec ← mock; spec,
 * client, mock ← conformance (the mock only through its public entry points); common ← client,
 * mock, conformance (common uses none of them); nothing outside the client uses its internal
 * package. A class that depends the wrong way breaks one.
 */
final class HousePlan {
  static final String SPEC = "io.wawpkit.session.spec..";
  static final String GENERATED = "io.wawpkit.session.generated..";
  static final String CLIENT = "io.wawpkit.session.client..";
  static final String MOCK = "io.wawpkit.session.mock..";
  static final String SUITE = "io.wawpkit.session.conformance..";
  static final String COMMON = "io.wawpkit.session.common..";
  /** The client's implementation: public for its own packages only, no compatibility promise. */
  static final String CLIENT_INTERNALS = "io.wawpkit.session.client.internal..";
  static final String MOCK_INTERNALS = "io.wawpkit.session.mock.internal..";

  /**
   * What the suite may use of the mock: launching it, choosing its side of the docs, and its
   * control API (the interface and what it answers; over HTTP, {@code MockControl.over}).
   */
  static final Set<String> MOCK_ENTRY_POINTS = Set.of(
      "io.wawpkit.session.mock.WawpMock",
      "io.wawpkit.session.mock.WawpMock$Builder",
      "io.wawpkit.session.mock.Positions",
      "io.wawpkit.session.mock.Positions$Departure",
      "io.wawpkit.session.mock.control.MockControl",
      "io.wawpkit.session.mock.control.MockControl$MoveResult",
      "io.wawpkit.session.mock.control.AccountSummary",
      "io.wawpkit.session.mock.control.Delivery",
      "io.wawpkit.session.mock.control.Fault",
      "io.wawpkit.session.mock.control.JournalEntry",
      "io.wawpkit.session.mock.control.Plan",
      "io.wawpkit.session.mock.control.SessionSummary");

  private HousePlan() {}

  static final ArchRule SPEC_READS_NOTHING = noClasses().that().resideInAPackage(SPEC)
      .should().dependOnClassesThat().resideInAnyPackage(GENERATED, CLIENT, MOCK, SUITE)
      .because("the spec is read by everything and reads nothing");

  static final ArchRule GENERATED_DEPENDS_ON_NOTHING_HAND_WRITTEN = noClasses().that().resideInAPackage(GENERATED)
      .should().dependOnClassesThat().resideInAnyPackage(SPEC, CLIENT, MOCK, SUITE)
      .because("generated code comes from the spec file alone, never from hand-written code");

  static final ArchRule CLIENT_NEVER_USES_THE_MOCK_OR_THE_SUITE = noClasses().that().resideInAPackage(CLIENT)
      .should().dependOnClassesThat().resideInAnyPackage(MOCK, SUITE)
      .because("the client layer wraps only the generated code");

  static final ArchRule MOCK_NEVER_USES_THE_CLIENT = noClasses().that().resideInAPackage(MOCK)
      .should().dependOnClassesThat().resideInAnyPackage(GENERATED, CLIENT, SUITE)
      .because("the mock takes its rules from the spec, never from the client");

  static final ArchRule SUITE_REACHES_THE_MOCK_ONLY_THROUGH_ITS_ENTRY_POINTS = noClasses().that().resideInAPackage(SUITE)
      .should().dependOnClassesThat(mockInternals())
      .because("the suite starts the mock and talks to it over HTTP; its control API is the only door");

  static final ArchRule NOTHING_OUTSIDE_THE_CLIENT_USES_ITS_INTERNALS = noClasses().that().resideOutsideOfPackage(CLIENT)
      .should().dependOnClassesThat().resideInAPackage(CLIENT_INTERNALS)
      .because("the client's internal package has no compatibility promise: the suite, the bench and users"
          + " get what they need from its public API or from the common module");

  static final ArchRule NOTHING_OUTSIDE_THE_MOCK_USES_ITS_INTERNALS = noClasses().that().resideOutsideOfPackage(MOCK)
      .should().dependOnClassesThat().resideInAPackage(MOCK_INTERNALS)
      .because("the mock's internal packages have no compatibility promise: the suite, the bench and users"
          + " start it through WawpMock or its JUnit extension and drive it through MockControl");

  static final ArchRule COMMON_USES_NOTHING_OF_THE_TOOLKIT = noClasses().that().resideInAPackage(COMMON)
      .should().dependOnClassesThat().resideInAnyPackage(SPEC, GENERATED, CLIENT, MOCK, SUITE)
      .because("the common module is shared by the client, the mock and the suite, and stays small");

  static final List<ArchRule> ALL = List.of(SPEC_READS_NOTHING, GENERATED_DEPENDS_ON_NOTHING_HAND_WRITTEN,
      CLIENT_NEVER_USES_THE_MOCK_OR_THE_SUITE, MOCK_NEVER_USES_THE_CLIENT, SUITE_REACHES_THE_MOCK_ONLY_THROUGH_ITS_ENTRY_POINTS,
      NOTHING_OUTSIDE_THE_CLIENT_USES_ITS_INTERNALS, NOTHING_OUTSIDE_THE_MOCK_USES_ITS_INTERNALS,
      COMMON_USES_NOTHING_OF_THE_TOOLKIT);

  private static DescribedPredicate<JavaClass> mockInternals() {
    return new DescribedPredicate<>("are mock classes other than its entry points " + MOCK_ENTRY_POINTS) {
      @Override
      public boolean test(JavaClass c) {
        return c.getPackageName().startsWith("io.wawpkit.session.mock") && !MOCK_ENTRY_POINTS.contains(c.getName());
      }
    };
  }
}
