package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.wawpkit.session.mock.WawpMock;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the client's pacts against any target through its public API only: no control API, so
 * a state that needs a person (WORKING: someone scans the QR) or the service (FAILED) is reported
 * as skipped with that reason, as is a plan-specific state the target's accounts cannot give.
 *
 * <pre>
 * mvn -B -pl conformance verify -Dpact.verifier.baseUrl=https://api.wawp.net/v2 -Dpact.verifier.token=TOKEN \
 *     [-Dpact.verifier.freeToken=TOKEN_OF_A_FREE_ACCOUNT] [-Dpact.verifier.stateTimeout=60s]
 * </pre>
 *
 * The tokens travel in headers only and are never printed. Every session the verification makes
 * it deletes again; it touches no other. Without {@code pact.verifier.baseUrl} it verifies the
 * embedded mock the same way, treated as a foreign target (its control API unused), so that CI runs
 * this path without depending on anything outside the machine.
 */
@Provider(PactContract.PROVIDER)
@Consumer(PactContract.CONSUMER)
@PactFolder(PactContract.PACT_DIR)
class PublicApiProviderPactIT {
  private static WawpMock embedded;
  private static URI baseUrl;
  private static ProviderStates states;
  private static final AtomicInteger VERIFIED = new AtomicInteger();
  private static final Map<String, String> SKIPPED = new TreeMap<>();

  @BeforeAll
  static void target() {
    String url = System.getProperty("pact.verifier.baseUrl", "").trim();
    String token;
    String freeToken;
    Duration stateTimeout;
    if (url.isEmpty()) {
      embedded = WawpMock.builder().host("127.0.0.1").port(0).startingDuration(Duration.ofMillis(100)).build().start();
      baseUrl = URI.create(embedded.baseUrl());
      token = embedded.token("demo-paid");
      freeToken = embedded.token("demo-free");
      stateTimeout = Duration.ofSeconds(5);
    } else {
      baseUrl = URI.create(url);
      token = System.getProperty("pact.verifier.token", "").trim();
      if (token.isEmpty()) {
        throw new IllegalStateException("pact.verifier.baseUrl is set but pact.verifier.token is not");
      }
      freeToken = System.getProperty("pact.verifier.freeToken", "").trim();
      stateTimeout = duration(System.getProperty("pact.verifier.stateTimeout", "60s"));
    }
    PublicApi api = new PublicApi(baseUrl, stateTimeout.plusSeconds(10));
    // Which plan each account has, from what the target itself reports (rate-limit has_active_plan).
    boolean tokenPaid = hasActivePlan(api, token);
    String paid = tokenPaid ? token : null;
    String free = !tokenPaid ? token : freeToken.isEmpty() || hasActivePlan(api, freeToken) ? null : freeToken;
    states = new ProviderStates(api, token, paid, free, null, stateTimeout);
  }

  @AfterAll
  static void summary() {
    System.out.println("Pact verification of " + baseUrl + " through the public API: " + VERIFIED.get()
        + " interactions verified, " + SKIPPED.size() + " skipped" + (SKIPPED.isEmpty() ? "" : ":"));
    SKIPPED.forEach((interaction, reason) -> System.out.println("  skipped '" + interaction + "': " + reason));
    if (embedded != null) {
      embedded.close();
      // Against the mock only the person and service moves are out of reach; anything else skipped
      // would mean the skip mechanism hides interactions it could verify.
      assertThat(SKIPPED.values()).allSatisfy(reason -> assertThat(reason).containsAnyOf("WORKING", "FAILED"));
      assertThat(VERIFIED.get()).isGreaterThanOrEqualTo(15);
    }
  }

  @BeforeEach
  void before(PactVerificationContext context) {
    context.setTarget(new RecordingTarget(baseUrl, states::createdByVerification));
    context.withStateChangeHandlers(states);
    for (ProviderState state : context.getInteraction().getProviderStates()) {
      Optional<String> reason = states.whyUnreachable(state.getName());
      if (reason.isPresent()) {
        SKIPPED.put(context.getInteraction().getDescription(), reason.get());
        Assumptions.abort("state '" + state.getName() + "' cannot be reached on " + baseUrl + ": " + reason.get());
      }
    }
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void honoursThePact(PactVerificationContext context) {
    context.verifyInteraction();
    VERIFIED.incrementAndGet();
  }

  private static boolean hasActivePlan(PublicApi api, String token) {
    String id = api.create(token);
    try {
      return api.hasActivePlan(token, id);
    } finally {
      api.deleteQuietly(token, id);
    }
  }

  /** 30s, 2m, 500ms, or ISO-8601 (PT30S). */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase();
    if (t.startsWith("pt")) {
      return Duration.parse(t.toUpperCase());
    }
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("not a duration: " + text + " (use 30s, 2m, 500ms)");
    };
  }
}
