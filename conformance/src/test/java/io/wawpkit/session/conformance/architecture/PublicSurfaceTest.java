package io.wawpkit.session.conformance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What users of the client, the mock and the suite's JUnit entry point can call: the public types
 * outside their internal packages. A type that becomes public by accident (or one that stops being
 * public) fails here, so that widening the surface is a decision, written down in this list and in
 * the changelog.
 */
class PublicSurfaceTest {
  static final Set<String> CLIENT = Set.of(
      "io.wawpkit.session.client.ApiVersion",
      "io.wawpkit.session.client.HttpLogLevel",
      "io.wawpkit.session.client.Image",
      "io.wawpkit.session.client.LoginQr",
      "io.wawpkit.session.client.SessionInfos",
      "io.wawpkit.session.client.StartedSession",
      "io.wawpkit.session.client.WawpClient",
      "io.wawpkit.session.client.WawpClient$Builder",
      "io.wawpkit.session.client.WawpInstance",
      "io.wawpkit.session.client.auth.CredentialForm",
      "io.wawpkit.session.client.errors.BadRequestException",
      "io.wawpkit.session.client.errors.MalformedResponseException",
      "io.wawpkit.session.client.errors.NotFoundException",
      "io.wawpkit.session.client.errors.PlanLimitException",
      "io.wawpkit.session.client.errors.RateLimitedException",
      "io.wawpkit.session.client.errors.ServerErrorException",
      "io.wawpkit.session.client.errors.TransportException",
      "io.wawpkit.session.client.errors.UnauthorizedException",
      "io.wawpkit.session.client.errors.WawpApiException",
      "io.wawpkit.session.client.errors.WawpException",
      "io.wawpkit.session.client.errors.WrongSessionStatusException",
      "io.wawpkit.session.client.events.InvalidEventException",
      "io.wawpkit.session.client.events.SessionStatusEvent",
      "io.wawpkit.session.client.events.SessionStatusEvent$Envelope",
      "io.wawpkit.session.client.events.SessionStatusEvent$Me",
      "io.wawpkit.session.client.events.SessionStatusEvents",
      "io.wawpkit.session.client.lifecycle.LifecycleTimeoutException",
      "io.wawpkit.session.client.lifecycle.SessionFailedException",
      "io.wawpkit.session.client.lifecycle.StatusPolling",
      "io.wawpkit.session.client.retry.RetryPolicy",
      "io.wawpkit.session.client.retry.RetryPolicy$Builder");

  static final Set<String> MOCK = Set.of(
      "io.wawpkit.session.mock.MockAccount",
      "io.wawpkit.session.mock.Positions",
      "io.wawpkit.session.mock.Positions$Departure",
      "io.wawpkit.session.mock.WawpMock",
      "io.wawpkit.session.mock.WawpMock$Builder",
      "io.wawpkit.session.mock.control.AccountSummary",
      "io.wawpkit.session.mock.control.Delivery",
      "io.wawpkit.session.mock.control.Fault",
      "io.wawpkit.session.mock.control.JournalEntry",
      "io.wawpkit.session.mock.control.MockControl",
      "io.wawpkit.session.mock.control.MockControl$MoveResult",
      "io.wawpkit.session.mock.control.Plan",
      "io.wawpkit.session.mock.control.SessionSummary",
      "io.wawpkit.session.mock.junit.WawpMockExtension");

  /** The suite's JUnit entry point: one type (its options are the engine's Profile and the mock's Positions). */
  static final Set<String> SUITE_JUNIT = Set.of("io.wawpkit.session.conformance.junit.WawpConformance");

  @Test
  void theSuitesJUnitEntryPointIsTheListedType() {
    assertThat(publicTypes("io.wawpkit.session.conformance.junit", "io.wawpkit.session.conformance.junit.internal"))
        .isEqualTo(new TreeSet<>(SUITE_JUNIT));
  }

  @Test
  void theClientsPublicTypesAreTheListedOnes() {
    assertThat(publicTypes("io.wawpkit.session.client", "io.wawpkit.session.client.internal")).isEqualTo(new TreeSet<>(CLIENT));
  }

  @Test
  void theMocksPublicTypesAreTheListedOnes() {
    assertThat(publicTypes("io.wawpkit.session.mock", "io.wawpkit.session.mock.internal")).isEqualTo(new TreeSet<>(MOCK));
  }

  private static Set<String> publicTypes(String root, String internal) {
    Set<String> names = new TreeSet<>();
    for (JavaClass c : ArchitectureTest.MAIN) {
      String pkg = c.getPackageName();
      boolean inModule = pkg.equals(root) || pkg.startsWith(root + ".");
      boolean isInternal = pkg.equals(internal) || pkg.startsWith(internal + ".");
      if (inModule && !isInternal && !pkg.contains("archfixture") && isReachablyPublic(c)) {
        names.add(c.getName());
      }
    }
    return names;
  }

  /** Public, and (for a nested type) inside public types all the way out. */
  private static boolean isReachablyPublic(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
